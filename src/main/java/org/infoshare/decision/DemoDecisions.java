package org.infoshare.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.Capacity;
import org.infoshare.consent.ConsentCommands;
import org.infoshare.consent.ConsentMedium;
import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.consent.GivenBy;
import org.infoshare.database.DemoDataPolicy;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases for the Westshire partnership, loaded once on a demo instance after the directory and the
 * agreements: a few people, consent given (partly), refused and withdrawn, decisions to share, not to share
 * and one waiting for advice, and a request for information from the police to the council.
 */
@Component
@Order(300)
class DemoDecisions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    private final DemoDataPolicy policy;
    private final DecisionStore store;
    private final DirectoryLookup directory;
    private final ActorSource actors;
    private final Subjects subjects;
    private final ConsentRegister consents;
    private final SharingDecisions decisions;
    private final InformationRequests requests;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDecisions(DemoDataPolicy policy, DecisionStore store, DirectoryLookup directory, ActorSource actors, Subjects subjects,
                  ConsentRegister consents, SharingDecisions decisions, InformationRequests requests, TransactionTemplate transaction, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.directory = directory;
        this.actors = actors;
        this.subjects = subjects;
        this.consents = consents;
        this.decisions = decisions;
        this.requests = requests;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || store.count() > 0 || organisation(DemoDirectory.COUNCIL) == null) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo cases: people, consent records, decisions and a request for information");
    }

    private void load() {
        LocalDate today = UkCalendar.today(clock);
        UUID council = organisation(DemoDirectory.COUNCIL);
        UUID police = organisation(DemoDirectory.POLICE);
        UUID nhs = organisation(DemoDirectory.NHS);
        UUID charity = organisation(DemoDirectory.CHARITY);
        UUID probation = organisation(DemoDirectory.PROBATION);
        Actor socialWorker = actor(council, "Sam Okafor");
        Actor adults = actor(council, "Ravi Desai");
        Actor officer = actor(police, "DC Aisha Khan");

        Subject jamie = subjects.record(socialWorker, new SubjectCommands.RecordSubject("CSC-104233", "Jamie Green", today.minusYears(9).minusDays(40)));
        Subject casey = subjects.record(socialWorker, new SubjectCommands.RecordSubject("CSC-104234", "Casey Green", today.minusYears(32).minusDays(100)));
        Subject margaret = subjects.record(adults, new SubjectCommands.RecordSubject("ASC-220871", "Margaret Hill", today.minusYears(81).minusDays(12)));
        Subject taylor = subjects.record(socialWorker, new SubjectCommands.RecordSubject("CSC-104901", "Taylor Brooks", today.minusYears(14).minusDays(3)));

        // Partial consent: Casey agreed to the health trust and the charity, not the police.
        ConsentRecord partial = consents.record(socialWorker, new ConsentCommands.RecordConsent(jamie.id(), ConsentCommands.Answer.GIVEN,
                GivenBy.PARENTAL_RESPONSIBILITY, "Casey Green", null, true, ConsentMedium.WRITTEN, today.minusDays(60), null,
                "Consent form signed at the first early help visit", Set.of(SharingPurpose.EARLY_HELP, SharingPurpose.SAFEGUARDING_CHILD),
                Set.of(nhs, charity), null, today.plusMonths(10)));
        ConsentRecord withdrawn = consents.record(socialWorker, new ConsentCommands.RecordConsent(casey.id(), ConsentCommands.Answer.GIVEN,
                GivenBy.PERSON, null, Capacity.ASSUMED, true, ConsentMedium.VERBAL, today.minusDays(45), LocalTime.of(10, 30),
                "Agreed that the family support worker may be told about the housing situation", Set.of(SharingPurpose.EARLY_HELP),
                Set.of(charity), null, null));
        consents.record(adults, new ConsentCommands.RecordConsent(margaret.id(), ConsentCommands.Answer.REFUSED, GivenBy.PERSON, null,
                Capacity.ASSESSED_HAS_CAPACITY, true, ConsentMedium.VERBAL, today.minusDays(10), LocalTime.of(15, 5),
                "Does not want her son's probation officer told about the bruising", Set.of(SharingPurpose.SAFEGUARDING_ADULT),
                Set.of(probation), null, null));

        // Early help share with the charity on Casey's consent; the consent is then withdrawn, so the charity must be told.
        decisions.decide(socialWorker, decide(casey.id(), charity, SharingPurpose.EARLY_HELP, withdrawn.id(), null, Answer.NO,
                List.of("address", "agency-involvement"), "Casey asked for family support and agreed that the charity should know about the housing.", Answer.YES));
        consents.withdraw(socialWorker, withdrawn.id(), new ConsentCommands.WithdrawConsent(today.minusDays(2), LocalTime.of(11, 0),
                "Casey no longer wants the charity involved"));

        // A child at risk of significant harm: share with the police public protection desk.
        decisions.decide(socialWorker, decide(jamie.id(), police, SharingPurpose.SAFEGUARDING_CHILD, null, NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK,
                Answer.YES, List.of("safeguarding-concern", "address", "family-relationships"),
                "Jamie disclosed being hit by Casey's partner; the police need to know before the strategy discussion.", Answer.NO));
        // Partial consent does not cover the police, and there is no other reason: do not share.
        decisions.decide(socialWorker, decide(jamie.id(), police, SharingPurpose.EARLY_HELP, partial.id(), null, Answer.NO,
                List.of("school-attendance"), "The school attendance worry is not a police matter and the family did not agree to the police being told.", Answer.YES));
        // Unsure whether the concern reaches significant harm: seek advice.
        decisions.decide(socialWorker, decide(taylor.id(), nhs, SharingPurpose.SAFEGUARDING_CHILD, null, NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK,
                Answer.NOT_SURE, List.of("safeguarding-concern", "mental-health"),
                "Taylor's self-harm may be linked to home; I am not sure this meets the threshold.", Answer.NO));

        // The police ask the council about Jamie under section 47.
        Subject policeJamie = subjects.record(officer, new SubjectCommands.RecordSubject("PPD-2026-1187", "Jamie Green", jamie.dateOfBirth()));
        requests.send(officer, new DecisionCommands.SendRequest(policeJamie.id(), council, null, SharingPurpose.SAFEGUARDING_CHILD, "CA1989-S47",
                false, Urgency.URGENT, List.of("agency-involvement", "family-relationships"),
                "Joint child protection enquiry: we need to know which services are involved and who lives in the household."));
    }

    private static DecisionCommands.Decide decide(UUID subject, UUID recipient, SharingPurpose purpose, UUID consent, NotSoughtReason notSought,
                                                  Answer childAtRisk, List<String> items, String rationale, Answer inform) {
        return new DecisionCommands.Decide(subject, null, null, false, null, recipient, null, null, purpose, null, Answer.YES,
                items.stream().map(code -> new DecisionCommands.Item(code, true, false)).toList(), true, true, null, null, consent, notSought, null,
                childAtRisk, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Set.of(), Set.of(), Answer.YES, Answer.NO, Urgency.ROUTINE,
                OutsideUk.NO, null, inform, inform == Answer.NO ? NotInformReason.WOULD_CREATE_OR_INCREASE_RISK : null, false, null, rationale);
    }

    private UUID organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst().orElse(null);
    }

    private Actor actor(UUID organisation, String name) {
        return directory.people(organisation).stream().filter(p -> p.displayName().equals(name)).findFirst()
                .flatMap(p -> actors.activeActor(p.id())).orElseThrow(() -> new IllegalStateException("No demo user " + name));
    }
}

package org.infoshare.agreement;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.shared.Actor;
import org.infoshare.validation.CommandValidator;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agreements that came into force some days ago, for tests of reviews: drafted, assessed, submitted and signed
 * by both parties through the agreement services running on a clock set back by that many days.
 */
final class AgreementsInThePast {

    private final ApplicationContext context;

    AgreementsInThePast(ApplicationContext context) {
        this.context = context;
    }

    /** The clock of {@code daysAgo} days ago, running on from then. */
    static Clock daysAgo(int days) {
        return Clock.offset(Clock.systemUTC(), Duration.ofDays(-days));
    }

    /** The document, in force since {@code daysAgo} days ago: the first party's DPO drafts and both parties' DPOs sign. */
    UUID inForce(int daysAgo, AgreementDocument document, Actor drafter, Actor otherSignatory) {
        Clock then = daysAgo(daysAgo);
        AgreementStore store = context.getBean(AgreementStore.class);
        AgreementAccess access = context.getBean(AgreementAccess.class);
        CommandValidator validator = context.getBean(CommandValidator.class);
        Ledger ledger = context.getBean(Ledger.class);
        Agreements agreements = new Agreements(store, access, context.getBean(AgreementImport.class),
                context.getBean(LegalCatalogue.class), context.getBean(DirectoryLookup.class), validator, ledger, then);
        DpiaAssessments dpias = new DpiaAssessments(store, access, validator, ledger, then);
        return context.getBean(TransactionTemplate.class).execute(status -> {
            UUID id = agreements.create(drafter, new AgreementCommands.CreateAgreement(document.title())).id();
            agreements.saveDraft(drafter, id, new AgreementCommands.SaveDraft(document, 0));
            dpias.screen(drafter, id, new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false));
            dpias.assess(drafter, id, new AgreementCommands.AssessDpia(AgreementFixtures.completeAssessment()));
            dpias.signOffDpia(drafter, id);
            agreements.submit(drafter, id);
            agreements.sign(drafter, id, 1);
            agreements.sign(otherSignatory, id, 1);
            return id;
        });
    }
}

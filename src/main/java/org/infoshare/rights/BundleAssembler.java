package org.infoshare.rights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.delivery.DisclosureView;
import org.infoshare.delivery.Disclosures;
import org.infoshare.delivery.rules.Redaction;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.OrganisationType;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordRead;
import org.infoshare.rights.rules.Withholding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Component;

/**
 * Draws the internal copy of a subject access bundle from what the organisation holds about the person: their
 * details, consent records, disclosures (with each item's withholding decided by {@link Withholding}), whether they
 * were told, who read their information, their earlier requests and corrections. Third parties' identities (those
 * the senders of disclosures listed, and those the DPO adds) are marked in every text with the delivery module's
 * {@link Redaction}. The caller is the organisation's DPO.
 */
@Component
class BundleAssembler {

    private final Subjects subjects;
    private final ConsentRegister consents;
    private final Disclosures disclosures;
    private final DecisionsForBundle decisions;
    private final Informing informing;
    private final RightsRequestStore requests;
    private final RectificationStore rectifications;
    private final ReadLog reads;
    private final DirectoryLookup directory;

    BundleAssembler(Subjects subjects, ConsentRegister consents, Disclosures disclosures, DecisionsForBundle decisions, Informing informing,
                    RightsRequestStore requests, RectificationStore rectifications, ReadLog reads, DirectoryLookup directory) {
        this.subjects = subjects;
        this.consents = consents;
        this.disclosures = disclosures;
        this.decisions = decisions;
        this.informing = informing;
        this.requests = requests;
        this.rectifications = rectifications;
        this.reads = reads;
        this.directory = directory;
    }

    BundleContent assemble(Actor actor, RightsRequest request, BundleChoices choices, LocalDate preparedOn) {
        Subject subject = subjects.subject(actor, request.subjectId());
        Map<UUID, String> names = directory.names(List.of());
        Withholding.HolderKind holder = holderKind(directory.organisationTypes(List.of(actor.organisationId())).get(actor.organisationId()));
        List<DisclosureView> views = disclosures.disclosedAbout(actor, subject.id());
        List<String> identities = new ArrayList<>(choices.identities());
        views.forEach(v -> identities.addAll(v.protectedIdentities()));
        Redaction redaction = Redaction.of(identities);

        List<BundleContent.ConsentEntry> consentEntries = consents.forSubject(actor, subject.id()).stream()
                .map(c -> consent(c, names, redaction, choices)).toList();
        List<BundleContent.DisclosureEntry> disclosureEntries = views.stream()
                .map(v -> disclosure(v, names, redaction, holder, choices)).toList();
        List<BundleContent.DecisionEntry> decisionEntries = decisions.about(actor, subject.id(), names, redaction, choices, holder);
        List<BundleContent.ToldEntry> told = informing.aboutSubject(actor, subject.id()).stream()
                .map(p -> new BundleContent.ToldEntry(p.disclosureId() == null ? null : "disclosure:" + p.disclosureId(),
                        p.told() ? p.toldOn() : LocalDate.ofInstant(p.recordedAt(), UkCalendar.ZONE), p.told(),
                        p.method() == null ? null : p.method().label(), p.noticeVersion(), p.reason() == null ? null : p.reason().label()))
                .toList();
        List<BundleContent.ReadEntry> readEntries = reads(actor, subject, names);
        List<BundleContent.RequestEntry> requestEntries = requests.aboutSubject(subject.id()).stream()
                .filter(r -> actor.belongsTo(r.organisationId()))
                .map(r -> new BundleContent.RequestEntry(r.reference(), r.kind().label(), r.receivedOn(),
                        r.decision() == null ? "Not yet decided" : r.decision().outcome().label(),
                        r.decision() == null ? null : r.decision().decidedOn()))
                .toList();
        List<BundleContent.CorrectionEntry> corrections = rectifications.aboutSubject(subject.id()).stream()
                .map(r -> new BundleContent.CorrectionEntry(r.disclosureId() == null ? null : "item:" + r.disclosureId() + ":" + r.itemCode(),
                        LocalDate.ofInstant(r.madeAt(), UkCalendar.ZONE), r.target().label(), BundleContent.Text.of(redaction, r.before()),
                        BundleContent.Text.of(redaction, r.after()), BundleContent.Text.of(redaction, r.why())))
                .toList();
        return new BundleContent(BundleContent.SCHEMA, names.getOrDefault(actor.organisationId(), actor.organisationName()),
                request.reference(), preparedOn, new BundleContent.Person(subject.name(), subject.dateOfBirth(), subject.reference()),
                consentEntries, decisionEntries, disclosureEntries, told, readEntries, requestEntries, corrections);
    }

    private static BundleContent.ConsentEntry consent(ConsentRecord c, Map<UUID, String> names, Redaction redaction, BundleChoices choices) {
        String key = "consent:" + c.id();
        return new BundleContent.ConsentEntry(key, c.status().label(), LocalDate.ofInstant(c.givenAt(), UkCalendar.ZONE), c.givenBy().label(),
                c.medium().label() + (c.explicit() ? ", explicit" : ", implied"),
                c.purposes().stream().map(SharingPurpose::label).sorted().toList(),
                c.recipients().stream().map(r -> names.getOrDefault(r, "Another organisation")).sorted().toList(),
                c.validUntil(), c.withdrawnAt() == null ? null : LocalDate.ofInstant(c.withdrawnAt(), UkCalendar.ZONE),
                BundleContent.Text.of(redaction, c.whatWasAgreed()), withheld(choices.of(key), false, false, Withholding.HolderKind.OTHER));
    }

    private static BundleContent.DisclosureEntry disclosure(DisclosureView v, Map<UUID, String> names, Redaction redaction,
                                                            Withholding.HolderKind holder, BundleChoices choices) {
        boolean forCrime = v.disclosure().purpose().lawEnforcement();
        List<BundleContent.ItemEntry> items = v.items().stream().map(i -> {
            String key = "item:" + v.disclosure().id() + ":" + i.code();
            return new BundleContent.ItemEntry(key, i.label(), i.kind().label(), i.historical(), BundleContent.Text.of(redaction, i.content()),
                    BundleContent.Text.of(redaction, i.historicalNote()), i.notToSubject(), forCrime,
                    withheld(choices.of(key), i.notToSubject(), forCrime, holder));
        }).toList();
        return new BundleContent.DisclosureEntry("disclosure:" + v.disclosure().id(), LocalDate.ofInstant(v.disclosure().sentAt(), UkCalendar.ZONE),
                names.getOrDefault(v.disclosure().recipientOrganisationId(), "Another organisation"), v.disclosure().purpose().label(),
                v.disclosure().lawfulBasis().stream().map(b -> b.citation() + " " + b.title()).toList(), items);
    }

    static BundleContent.Withheld withheld(BundleChoices.ItemChoice choice, boolean notToSubject, boolean forCrime, Withholding.HolderKind holder) {
        Withholding.Decision decision = Withholding.decide(new Withholding.Item(notToSubject, forCrime, holder, choice.choice(), choice.exemption()));
        return decision.withheld() ? new BundleContent.Withheld(decision.exemption(), decision.rule()) : null;
    }

    private List<BundleContent.ReadEntry> reads(Actor actor, Subject subject, Map<UUID, String> names) {
        List<BundleContent.ReadEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RecordRead read : reads.allOfSubject(subject.id())) {
            if (!actor.belongsTo(read.ownerOrganisationId())) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(read.readAt(), UkCalendar.ZONE);
            String about = switch (read.kind()) {
                case PERSON, BUNDLE, READS -> null;
                case DECISION -> "decision:" + read.recordId();
                case CONSENT -> "consent:" + read.recordId();
                case DISCLOSURE -> "disclosure:" + read.recordId();
            };
            String organisation = names.getOrDefault(read.readerOrganisationId(), "Another organisation");
            // One line per record, organisation, day and way of reading: a page opened ten times is looked at once that day.
            if (seen.add(about + "|" + read.kind() + "|" + read.readerOrganisationId() + "|" + on + "|" + read.how())) {
                entries.add(new BundleContent.ReadEntry(about, on, organisation, read.kind().label(), read.how().label()));
            }
        }
        return entries;
    }

    static Withholding.HolderKind holderKind(OrganisationType type) {
        if (type == null) {
            return Withholding.HolderKind.OTHER;
        }
        return switch (type) {
            case HEALTH -> Withholding.HolderKind.HEALTH;
            case EDUCATION -> Withholding.HolderKind.EDUCATION;
            case POLICE, PROBATION -> Withholding.HolderKind.LAW_ENFORCEMENT;
            case LOCAL_AUTHORITY -> Withholding.HolderKind.SOCIAL_WORK;
            case VOLUNTARY, OTHER -> Withholding.HolderKind.OTHER;
        };
    }
}

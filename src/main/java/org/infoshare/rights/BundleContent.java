package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.infoshare.delivery.rules.Redaction;
import org.infoshare.rights.rules.Exemption;

/**
 * The internal copy of a subject access bundle (004 §6; UK GDPR Art 15): everything the organisation holds and has
 * shared about the person, each withheld entry marked with the exemption it is withheld under, and third parties'
 * identities marked in the text. Only {@link #released()} ever leaves the organisation. Its own versioned shape
 * (schema {@value #SCHEMA}), independent of the records it was drawn from.
 *
 * @param key    every entry that can be withheld has a stable key: {@code consent:<id>}, {@code decision:<id>},
 *               {@code item:<disclosure id>:<code>}; {@code about} names the record another entry concerns
 */
public record BundleContent(int schema, String organisation, String requestReference, LocalDate preparedOn, Person person,
                            List<ConsentEntry> consents, List<DecisionEntry> decisions, List<DisclosureEntry> disclosures,
                            List<ToldEntry> told, List<ReadEntry> reads, List<RequestEntry> requests, List<CorrectionEntry> corrections) {

    public static final int SCHEMA = 1;

    public record Person(String name, LocalDate dateOfBirth, String reference) {
    }

    /** A run of text, or a third party's identity withheld from it. */
    public record Segment(String text, boolean withheld) {
    }

    public record Text(List<Segment> segments) {
        public static Text of(Redaction redaction, String text) {
            if (text == null || text.isEmpty()) {
                return new Text(List.of());
            }
            return new Text(redaction.apply(text).stream().map(s -> new Segment(s.text(), s.withheld())).toList());
        }

        /** The text as released: each withheld identity replaced by a placeholder. */
        public String released() {
            return segments.stream().map(s -> s.withheld() ? ReleasedBundle.WITHHELD : s.text()).collect(Collectors.joining());
        }

        public boolean redacted() {
            return segments.stream().anyMatch(Segment::withheld);
        }
    }

    /** Withheld from the released bundle, under this exemption (recorded here, never in the bundle). */
    public record Withheld(Exemption exemption, String rule) {
    }

    public record ConsentEntry(String key, String answer, LocalDate givenOn, String givenBy, String how, List<String> purposes,
                               List<String> recipients, LocalDate validUntil, LocalDate withdrawnOn, Text whatWasAgreed, Withheld withheld) {
    }

    public record DecisionEntry(String key, LocalDate decidedOn, String outcome, String purpose, String recipient, Text reasons,
                                Withheld withheld) {
    }

    public record DisclosureEntry(String key, LocalDate sentOn, String recipient, String purpose, List<String> lawfulBasis,
                                  List<ItemEntry> items) {
        /** Every item withheld: the disclosure is left out altogether, so the bundle does not show that it exists. */
        public boolean whollyWithheld() {
            return items.stream().allMatch(i -> i.withheld() != null);
        }
    }

    public record ItemEntry(String key, String label, String kind, boolean historical, Text content, Text historicalNote,
                            boolean notToSubject, boolean forCrime, Withheld withheld) {
    }

    public record ToldEntry(String about, LocalDate on, boolean told, String how, Integer noticeVersion, String reasonNotTold) {
    }

    public record ReadEntry(String about, LocalDate on, String organisation, String what, String how) {
    }

    public record RequestEntry(String reference, String right, LocalDate receivedOn, String outcome, LocalDate decidedOn) {
    }

    public record CorrectionEntry(String about, LocalDate on, String what, Text before, Text after, Text why) {
    }

    /** How many entries and items are withheld, and under which exemptions. */
    public Set<Exemption> exemptions() {
        return withheldAll().map(Withheld::exemption).collect(Collectors.toSet());
    }

    public long withheldCount() {
        return withheldAll().count();
    }

    private Stream<Withheld> withheldAll() {
        return Stream.of(consents.stream().map(ConsentEntry::withheld), decisions.stream().map(DecisionEntry::withheld),
                        disclosures.stream().flatMap(d -> d.items().stream()).map(ItemEntry::withheld))
                .flatMap(s -> s).filter(java.util.Objects::nonNull);
    }

    /** The keys of records left out altogether: entries about them are left out too. */
    Set<String> recordsLeftOut() {
        return Stream.of(consents.stream().filter(c -> c.withheld() != null).map(ConsentEntry::key),
                        decisions.stream().filter(d -> d.withheld() != null).map(DecisionEntry::key),
                        disclosures.stream().filter(DisclosureEntry::whollyWithheld).map(DisclosureEntry::key),
                        disclosures.stream().flatMap(d -> d.items().stream()).filter(i -> i.withheld() != null).map(ItemEntry::key))
                .flatMap(s -> s).collect(Collectors.toSet());
    }

    /** The bundle as the person receives it: no withheld entry, no exemption, no withheld identity. */
    public ReleasedBundle released() {
        Set<String> out = recordsLeftOut();
        return new ReleasedBundle(ReleasedBundle.FORMAT, organisation, requestReference, preparedOn,
                new ReleasedBundle.Person(person.name(), person.dateOfBirth(), person.reference()),
                consents.stream().filter(c -> c.withheld() == null).map(c -> new ReleasedBundle.Consent(c.answer(), c.givenOn(), c.givenBy(),
                        c.how(), c.purposes(), c.recipients(), c.validUntil(), c.withdrawnOn(), c.whatWasAgreed().released())).toList(),
                decisions.stream().filter(d -> d.withheld() == null).map(d -> new ReleasedBundle.Decision(d.decidedOn(), d.outcome(),
                        d.purpose(), d.recipient(), d.reasons().released())).toList(),
                disclosures.stream().filter(d -> !d.whollyWithheld()).map(d -> new ReleasedBundle.Disclosure(d.sentOn(), d.recipient(),
                        d.purpose(), d.lawfulBasis(), d.items().stream().filter(i -> i.withheld() == null)
                        .map(i -> new ReleasedBundle.Item(i.label(), i.kind(), i.historical(), i.content().released(),
                                i.historicalNote().segments().isEmpty() ? null : i.historicalNote().released())).toList())).toList(),
                told.stream().filter(t -> t.about() == null || !out.contains(t.about())).map(t -> new ReleasedBundle.Told(t.on(), t.told(),
                        t.how(), t.noticeVersion(), t.reasonNotTold())).toList(),
                reads.stream().filter(r -> r.about() == null || !out.contains(r.about())).map(r -> new ReleasedBundle.Read(r.on(),
                        r.organisation(), r.what(), r.how())).toList(),
                requests.stream().map(r -> new ReleasedBundle.Request(r.reference(), r.right(), r.receivedOn(), r.outcome(), r.decidedOn())).toList(),
                corrections.stream().filter(c -> c.about() == null || !out.contains(c.about())).map(c -> new ReleasedBundle.Correction(c.on(),
                        c.what(), c.before().released(), c.after().released(), c.why().released())).toList());
    }
}

package org.infoshare.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.agreement.rules.ReviewSchedule;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Role;
import org.springframework.stereotype.Component;

/** Agreements as the API and the pages show them: with organisations' and signatories' names. */
@Component
class AgreementViews {

    /** One agreement for a signed-in reader. */
    record AgreementView(UUID id, String reference, String title, AgreementStatus status, int currentVersion,
                         LocalDate firstEffectiveOn, Instant publishedAt, ReviewSchedule.Status nextReview,
                         Map<UUID, String> organisations, Map<UUID, String> people,
                         List<Agreement.Version> versions, List<Agreement.Review> reviews,
                         @Schema(description = "When one agreement is read: AS_RECORDED when it is stored, with its versions, parties, signatures, "
                                 + "reviews and DPIAs, as the ledger recorded it; CHANGED (changed after it was recorded) or ADDED (put into the "
                                 + "database without a ledger entry) when it is not, and then it must not be relied on. NOT_CHECKED in answers "
                                 + "to a change") String recordIntegrity) {
    }

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    /** One line in a list of agreements. */
    record AgreementSummary(UUID id, String reference, String title, AgreementStatus status, int version,
                            List<String> parties, LocalDate effectiveFrom, boolean published, LocalDate nextReviewDue,
                            boolean amendmentInProgress) {
    }

    /** A published agreement as anyone may read it: signatures name the organisation and capacity only. */
    record PublicAgreement(UUID id, String reference, String title, AgreementStatus status, int version,
                           LocalDate effectiveFrom, LocalDate terminatedOn, Instant publishedAt,
                           List<PublicSignature> signatures, Map<UUID, String> organisations, AgreementDocument agreement,
                           @Schema(description = "AS_RECORDED when the agreement is stored as the ledger recorded it; CHANGED (changed after it was "
                                   + "recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it must not be "
                                   + "relied on") String recordIntegrity) {

        public boolean asRecorded() {
            return AS_RECORDED.equals(recordIntegrity);
        }
    }

    record PublicSignature(String organisation, Role capacity, LocalDate signedOn) {
    }

    private final DirectoryLookup directory;
    private final AgreementReviews reviews;

    AgreementViews(DirectoryLookup directory, AgreementReviews reviews) {
        this.directory = directory;
        this.reviews = reviews;
    }

    AgreementView view(Agreement a) {
        return view(a, NOT_CHECKED);
    }

    /** One agreement as read, with what the ledger says of its stored content (ADR 0063). */
    AgreementView read(Agreement a, Optional<RecordFinding> finding) {
        return view(a, finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    private AgreementView view(Agreement a, String integrity) {
        Set<UUID> people = new HashSet<>();
        a.versions().forEach(v -> v.signatures().forEach(s -> people.add(s.signedBy())));
        a.reviews().forEach(r -> people.add(r.reviewedBy()));
        return new AgreementView(a.id(), a.reference(), a.current().document().title(), a.current().status(),
                a.current().version(), a.firstEffectiveOn(), a.publishedAt(), reviews.reviewStatus(a).orElse(null),
                organisations(), directory.displayNames(people), a.versions(), a.reviews(), integrity);
    }

    AgreementSummary summary(Agreement a) {
        Map<UUID, String> names = organisations();
        Agreement.Version current = a.current();
        return new AgreementSummary(a.id(), a.reference(), current.document().title(), current.status(), current.version(),
                current.document().partyIds().stream().map(id -> names.getOrDefault(id, id.toString())).toList(),
                current.effectiveFrom(), a.published(),
                reviews.reviewStatus(a).map(ReviewSchedule.Status::dueOn).orElse(null),
                a.inForce().isPresent() && a.pending().isPresent());
    }

    /** A published agreement, with what the ledger says of its stored content (ADR 0063). */
    PublicAgreement publicView(Agreement a, Optional<RecordFinding> finding) {
        Map<UUID, String> names = organisations();
        Agreement.Version current = a.current();
        return new PublicAgreement(a.id(), a.reference(), current.document().title(), current.status(), current.version(),
                current.effectiveFrom(), current.terminatedOn(), a.publishedAt(),
                current.signatures().stream().map(s -> new PublicSignature(names.getOrDefault(s.organisationId(), "?"), s.capacity(),
                        LocalDate.ofInstant(s.signedAt(), org.infoshare.shared.UkCalendar.ZONE))).toList(),
                names.entrySet().stream().filter(e -> current.document().partyIds().contains(e.getKey()))
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll),
                current.document(), finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    private Map<UUID, String> organisations() {
        return directory.names(List.of());
    }
}

package org.infoshare.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.shared.Role;

/**
 * An agreement and its versions, oldest first.
 *
 * @param firstEffectiveOn the day its first version took effect; reviews are counted from it (002 §1.4)
 */
public record Agreement(
        UUID id,
        String reference,
        UUID createdByOrganisation,
        Instant createdAt,
        LocalDate firstEffectiveOn,
        Instant publishedAt,
        List<Version> versions,
        List<Review> reviews) {

    public Agreement {
        versions = versions.stream().sorted(Comparator.comparingInt(Version::version)).toList();
        reviews = List.copyOf(reviews);
    }

    /**
     * One version of the agreement: its document, where it stands, and who has signed it.
     *
     * @param revision counts saves of a draft, for optimistic locking
     */
    public record Version(
            int version,
            AgreementStatus status,
            AgreementDocument document,
            int catalogueVersion,
            Instant createdAt,
            UUID createdBy,
            int revision,
            Instant submittedAt,
            LocalDate effectiveFrom,
            LocalDate supersededOn,
            LocalDate terminatedOn,
            String terminationReason,
            List<Signature> signatures) {

        public Version {
            signatures = List.copyOf(signatures);
        }

        public Optional<Signature> signatureOf(UUID organisation) {
            return signatures.stream().filter(s -> s.organisationId().equals(organisation)).findFirst();
        }

        public List<UUID> awaitingSignature() {
            return document.partyIds().stream().filter(p -> signatureOf(p).isEmpty()).toList();
        }

        public boolean pending() {
            return status == AgreementStatus.DRAFT || status == AgreementStatus.AWAITING_SIGNATURES;
        }
    }

    /** A party's authorised signatory signed this version (who, in what capacity, when). */
    public record Signature(UUID organisationId, UUID signedBy, Role capacity, Instant signedAt) {
    }

    /** A review held (002 §1.4) and what it decided. */
    public record Review(UUID id, int version, int cycle, LocalDate dueOn, LocalDate reviewedOn, ReviewOutcome outcome,
                         String notes, UUID reviewedBy, UUID organisationId, Instant recordedAt) {
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<Version> inForce() {
        return versions.stream().filter(v -> v.status() == AgreementStatus.ACTIVE).findFirst();
    }

    public Optional<Version> pending() {
        return versions.stream().filter(Version::pending).findFirst();
    }

    /** The version being drafted, if the pending one is still a draft (not awaiting signatures). */
    public Optional<Version> draft() {
        return pending().filter(v -> v.status() == AgreementStatus.DRAFT);
    }

    public Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    /** The version that speaks for the agreement: the one in force, else the latest. */
    public Version current() {
        return inForce().orElseGet(this::latest);
    }

    /** Has any version ever been in force (active, superseded, or terminated after activation)? */
    public boolean everInForce() {
        return firstEffectiveOn != null;
    }

    public boolean terminated() {
        return current().status() == AgreementStatus.TERMINATED;
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The agreement as those who are not its parties read it: without a draft or an amendment in progress. */
    public Agreement withoutPending() {
        return new Agreement(id, reference, createdByOrganisation, createdAt, firstEffectiveOn, publishedAt,
                versions.stream().filter(v -> !v.pending()).toList(), reviews);
    }

    public boolean hasParty(UUID organisation) {
        return versions.stream().anyMatch(v -> v.document().partyIds().contains(organisation));
    }
}

package org.infoshare.scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.infoshare.scheme.rules.ApplicationStatus;
import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Recipient;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.scheme.rules.Stage;
import org.infoshare.scheme.rules.Undertaking;

/**
 * An application under a public disclosure scheme as the police hold it, with each stage once recorded.
 *
 * @param personAtRiskId the person at risk, one of the police's people
 * @param subjectId      the person the application is about, one of the police's people
 */
public record SchemeApplication(UUID id, long number, UUID organisationId, Scheme scheme, LocalDate receivedOn, HowReceived howReceived,
                                Applicant applicant, UUID personAtRiskId, UUID subjectId, UUID recordedBy, Instant recordedAt,
                                ApplicationStatus status, Checks checks, Meeting meeting, Forum forum, Decision decision, Disclosure disclosure) {

    /** A member of the public: who they are, how to reach them and how they know the person at risk. */
    public record Applicant(String name, String contact, String relationship) {
    }

    public record Checks(String findings, UUID by, Instant at) {
    }

    public record Meeting(LocalDate metOn, String howIdentityVerified, UUID by, Instant at) {
    }

    public record Forum(LocalDate heldOn, String partners, Recommendation recommendation, String reasons, UUID by, Instant at) {
    }

    /** @param rule the rule of the scheme's engine that decided; {@code rulesVersion} which rules they were */
    public record Decision(Recipient recipient, boolean riskIndicated, boolean necessary, boolean disclose, String rule, String reason,
                           String rulesVersion, String rationale, UUID by, Instant at) {
    }

    /** @param discloseNonetheless set only when the undertaking was refused */
    public record Disclosure(LocalDate disclosedOn, String whatDisclosed, Undertaking undertaking, Boolean discloseNonetheless,
                             String refusalReason, UUID by, Instant at) {
    }

    /** The officers who recorded the application and each stage. */
    public List<UUID> staff() {
        return Stream.of(recordedBy, checks == null ? null : checks.by(), meeting == null ? null : meeting.by(), forum == null ? null : forum.by(),
                decision == null ? null : decision.by(), disclosure == null ? null : disclosure.by()).filter(Objects::nonNull).distinct().toList();
    }

    public String reference() {
        return String.format("PDS-%06d", number);
    }

    /** The stage to record next, or null once the application is closed. */
    public Stage next() {
        return Stage.next(status);
    }
}

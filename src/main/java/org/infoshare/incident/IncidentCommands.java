package org.infoshare.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.incident.rules.Containment;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.Encryption;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.Likelihood;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.Severity;

/** What callers ask of the incident register. */
public final class IncidentCommands {

    private IncidentCommands() {
    }

    /**
     * @param occurredAt when it happened, if known
     * @param awareAt    when you became aware of it; now if not given
     * @param involved   the recipients, people or systems involved
     */
    public record ReportIncident(
            @NotNull(message = "Choose what happened") IncidentKind kind,
            @NotBlank(message = "Enter what happened") @Size(max = 4_000, message = "What happened must be 4,000 characters or fewer") String account,
            Instant occurredAt,
            Instant awareAt,
            @NotEmpty(message = "Choose the kinds of information involved") Set<DataAffected> dataAffected,
            @Min(value = 0, message = "The number of people must be 0 or more") @Max(value = 100_000_000, message = "The number of people must be 100,000,000 or fewer") Integer peopleAffected,
            @Size(max = 2_000, message = "Who or what was involved must be 2,000 characters or fewer") String involved,
            @Size(max = 2_000, message = "What you have done must be 2,000 characters or fewer") String actionsTaken) {
    }

    /** The structured risk assessment; the kinds of information and the number of people may be corrected with it. */
    public record Assess(
            @NotNull(message = "Choose how likely harm is") Likelihood likelihood,
            @NotNull(message = "Choose how severe the harm would be") Severity severity,
            @NotEmpty(message = "Choose the kinds of information involved") Set<DataAffected> dataAffected,
            @Min(value = 0, message = "The number of people must be 0 or more") @Max(value = 100_000_000, message = "The number of people must be 100,000,000 or fewer") Integer peopleAffected,
            @NotNull(message = "Say whether the information was encrypted") Encryption encryption,
            @NotNull(message = "Say whether the incident is contained") Containment containment,
            @NotNull(message = "Say whether the information was processed for law enforcement purposes") Boolean lawEnforcement,
            @Size(max = 4_000, message = "Your notes must be 4,000 characters or fewer") String notes) {
    }

    /** @param departure why the decision goes against the assessment, when it does */
    public record DecideIco(
            @NotNull(message = "Choose whether to tell the ICO") IcoReason reason,
            @Size(max = 2_000, message = "The reason for departing from the assessment must be 2,000 characters or fewer") String departure,
            @Size(max = 4_000, message = "Your notes must be 4,000 characters or fewer") String notes) {
    }

    /** @param reportedAt when the report was sent; now if not given */
    public record RecordIcoReport(
            Instant reportedAt,
            @Size(max = 100, message = "The ICO's reference must be 100 characters or fewer") String reference,
            @Size(max = 2_000, message = "The reasons for the delay must be 2,000 characters or fewer") String lateReason) {
    }

    public record DecidePeople(
            @NotNull(message = "Choose whether to tell the people affected") PeopleReason reason,
            @Size(max = 2_000, message = "How they will be told must be 2,000 characters or fewer") String notes,
            @Size(max = 2_000, message = "The reason for departing from the assessment must be 2,000 characters or fewer") String departure) {
    }

    public record RecordPeopleTold(
            Instant toldAt,
            @NotBlank(message = "Enter how they were told") @Size(max = 2_000, message = "How they were told must be 2,000 characters or fewer") String how) {
    }

    public record TellParty(
            @NotNull(message = "Choose the organisation to tell") UUID organisationId,
            @NotBlank(message = "Enter what they need to know") @Size(max = 4_000, message = "The message must be 4,000 characters or fewer") String message) {
    }

    public record Respond(
            @NotNull(message = "Choose your response") PartyResponse response,
            @Size(max = 4_000, message = "Your notes must be 4,000 characters or fewer") String notes) {
    }

    public record AddNote(
            @NotBlank(message = "Enter your note") @Size(max = 4_000, message = "The note must be 4,000 characters or fewer") String note) {
    }

    /** @param referredOn the day of the referral; today if not given */
    public record Refer(
            @NotNull(message = "Choose where it was referred") ReferredTo referredTo,
            UUID staffMemberId,
            LocalDate referredOn,
            @Size(max = 100, message = "The reference must be 100 characters or fewer") String reference,
            @Size(max = 2_000, message = "Your notes must be 2,000 characters or fewer") String notes) {
    }

    public record Close(
            @NotNull(message = "Choose what it turned out to be") Outcome outcome,
            @NotBlank(message = "Enter what was learned and what will change") @Size(max = 4_000, message = "What was learned must be 4,000 characters or fewer") String lessons) {
    }

    /** How a party told of an incident answers. */
    public enum PartyResponse {
        ASSISTING("We are assisting"),
        NOT_AFFECTED("Our information is not affected"),
        OWN_INCIDENT("We are handling it as our own incident too");

        private final String label;

        PartyResponse(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where misuse was referred (002 §4.8; 000 §5.2). */
    public enum ReferredTo {
        DISCIPLINARY("The organisation's disciplinary procedure"),
        PROFESSIONAL_STANDARDS("Professional standards"),
        POLICE("The police, for a possible criminal offence");

        private final String label;

        ReferredTo(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

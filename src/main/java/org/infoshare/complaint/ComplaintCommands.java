package org.infoshare.complaint;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.complaint.rules.Topic;

/** What callers ask of the complaints register. */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    /** @param complainant who complained and how to reply to them */
    public record RecordComplaint(
            @NotNull(message = "Enter the date the complaint was received") LocalDate receivedOn,
            @NotNull(message = "Choose how the complaint arrived") Channel channel,
            @NotBlank(message = "Enter who complained and how to reply") @Size(max = 500, message = "Who complained must be 500 characters or fewer") String complainant,
            @NotBlank(message = "Enter what the complaint is about") @Size(max = 4_000, message = "The complaint must be 4,000 characters or fewer") String summary,
            @NotEmpty(message = "Choose what the complaint is about") Set<Topic> topics) {
    }

    /** @param acknowledgedOn the day the acknowledgement was sent; today if not given */
    public record Acknowledge(LocalDate acknowledgedOn) {
    }

    public record Investigate(@NotNull(message = "Choose who will investigate") UUID investigatorId) {
    }

    public record Link(
            @NotNull(message = "Choose what kind of record it is") Complaint.LinkKind kind,
            @NotNull(message = "Enter the record's id") UUID recordId) {
    }

    /** @param respondedOn the day the response was sent; today if not given */
    public record Close(
            @NotNull(message = "Choose the outcome") ComplaintOutcome outcome,
            @NotBlank(message = "Enter what the investigation found") @Size(max = 4_000, message = "The findings must be 4,000 characters or fewer") String findings,
            @Size(max = 4_000, message = "The actions must be 4,000 characters or fewer") String actions,
            LocalDate respondedOn) {
    }

    public record IcoReferral(@NotNull(message = "Enter the date the complainant went to the ICO") LocalDate referredOn) {
    }

    public record Settings(
            @NotNull(message = "Enter the working days to acknowledge a complaint") Integer acknowledgeDays,
            @NotNull(message = "Enter the working days to respond to a complaint") Integer respondDays) {
    }
}

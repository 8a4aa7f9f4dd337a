package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;

/** What can be done to a rights request. */
public final class RightsCommands {

    private RightsCommands() {
    }

    public record RecordRequest(
            @NotNull(message = "Select what the person is asking for") RightKind kind,
            @NotNull(message = "Enter the date the request was received")
            @PastOrPresent(message = "The date the request was received must be today or in the past") LocalDate receivedOn,
            @NotNull(message = "Select how the request arrived") ReceivedHow receivedHow,
            @NotNull(message = "Select who made the request") RequesterCapacity capacity,
            @NotBlank(message = "Enter the name of the person who made the request")
            @Size(max = 200, message = "The requester's name must be 200 characters or fewer") String requesterName,
            @Size(max = 500, message = "How to contact them must be 500 characters or fewer") String requesterContact,
            @Size(max = 200, message = "The person's name must be 200 characters or fewer") String personName,
            @PastOrPresent(message = "Date of birth must be today or in the past") LocalDate personDateOfBirth,
            @Size(max = 50, message = "Reference must be 50 characters or fewer") String personReference,
            @NotBlank(message = "Enter what they are asking for, in their words")
            @Size(max = 4000, message = "What they are asking for must be 4,000 characters or fewer") String details) {
    }

    public record RecordIdentity(
            @NotNull(message = "Select how their identity was checked") IdentityCheck check,
            @NotNull(message = "Enter the date their identity was checked")
            @PastOrPresent(message = "The date their identity was checked must be today or in the past") LocalDate checkedOn) {
    }

    public record ConfirmPerson(@NotNull(message = "Select the person this request is about") UUID subjectId) {
    }

    public record Pause(
            @NotNull(message = "Select what you are waiting for") PauseReason reason,
            @NotNull(message = "Enter the date you asked for it")
            @PastOrPresent(message = "The date you asked must be today or in the past") LocalDate pausedOn) {
    }

    public record Resume(
            @NotNull(message = "Enter the date it arrived")
            @PastOrPresent(message = "The date it arrived must be today or in the past") LocalDate resumedOn) {
    }

    public record Extend(
            @NotNull(message = "Select why the request needs longer") ExtensionReason reason,
            @NotBlank(message = "Explain why, as you will to the person")
            @Size(max = 2000, message = "The explanation must be 2,000 characters or fewer") String note,
            @NotNull(message = "Enter the date you told the person")
            @PastOrPresent(message = "The date you told the person must be today or in the past") LocalDate extendedOn) {
    }

    public record Decide(
            @NotNull(message = "Select the decision") RequestOutcome outcome,
            List<Exemption> exemptions,
            @NotBlank(message = "Explain the decision, as you will to the person")
            @Size(max = 4000, message = "The explanation must be 4,000 characters or fewer") String note,
            @NotNull(message = "Enter the date of the decision")
            @PastOrPresent(message = "The date of the decision must be today or in the past") LocalDate decidedOn) {
        public Decide {
            exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        }
    }

    public record Close(
            @NotNull(message = "Enter the date the request was closed")
            @PastOrPresent(message = "The date the request was closed must be today or in the past") LocalDate closedOn) {
    }
}

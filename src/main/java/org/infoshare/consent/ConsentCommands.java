package org.infoshare.consent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.shared.SharingPurpose;

/** What callers ask the consent register to do; the API's request bodies and what the UI's forms become. */
public final class ConsentCommands {

    private ConsentCommands() {
    }

    /** The person's answer when consent was sought. */
    public enum Answer { GIVEN, REFUSED }

    public record RecordConsent(
            @NotNull(message = "Choose the person the consent is about") UUID subjectId,
            @NotNull(message = "Select whether consent was given or refused") Answer answer,
            @NotNull(message = "Select who gave or refused consent") GivenBy givenBy,
            @Size(max = 200, message = "Name must be 200 characters or fewer") String giverName,
            Capacity capacity,
            @NotNull(message = "Select whether consent was explicit or implied") Boolean explicit,
            @NotNull(message = "Select whether it was given in writing or verbally") ConsentMedium medium,
            @NotNull(message = "Enter the date it was given or refused")
            @PastOrPresent(message = "The date it was given or refused must be today or in the past") LocalDate givenOn,
            LocalTime givenTime,
            @Size(max = 2000, message = "What was agreed must be 2000 characters or fewer") String whatWasAgreed,
            @NotEmpty(message = "Select at least one purpose") Set<SharingPurpose> purposes,
            Set<UUID> recipients,
            LocalDate validFrom,
            LocalDate validUntil) {
    }

    public record WithdrawConsent(
            @NotNull(message = "Enter the date consent was withdrawn")
            @PastOrPresent(message = "The date consent was withdrawn must be today or in the past") LocalDate withdrawnOn,
            LocalTime withdrawnTime,
            @Size(max = 2000, message = "Notes must be 2000 characters or fewer") String notes) {
    }
}

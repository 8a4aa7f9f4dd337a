package org.infoshare.foi;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;

/** What callers ask of FOI assistance. */
public final class FoiCommands {

    private FoiCommands() {
    }

    /** @param partners the organisations asked; each gets its own consultation and clocks */
    public record AskForAssistance(
            @NotNull(message = "Choose the law the request was made under") Regime regime,
            @Size(max = 100, message = "Your reference must be 100 characters or fewer") String holderReference,
            @NotNull(message = "Enter the date you received the request") LocalDate receivedOn,
            @NotBlank(message = "Enter what the request asks for") @Size(max = 4_000, message = "The request must be 4,000 characters or fewer") String request,
            @NotEmpty(message = "Choose what you are asking partners for") Set<Ask> asks,
            @NotEmpty(message = "Choose at least one organisation to ask") Set<UUID> partners) {
    }

    public record Respond(
            @NotBlank(message = "Enter your views") @Size(max = 4_000, message = "Your views must be 4,000 characters or fewer") String views,
            @NotNull(message = "Say whether you have concerns about release") Boolean concerns,
            Set<Exemption> exemptions) {
    }

    public record CompleteExchange(
            @NotBlank(message = "Enter the information you are supplying, or that you hold none") @Size(max = 20_000, message = "The information must be 20,000 characters or fewer") String data) {
    }

    public record Decide(
            @NotNull(message = "Choose your decision") FinalDecision decision,
            Set<Exemption> exemptions,
            @Size(max = 4_000, message = "Your notes must be 4,000 characters or fewer") String notes) {
    }
}

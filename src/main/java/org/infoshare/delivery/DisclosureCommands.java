package org.infoshare.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers ask of secure delivery. */
public final class DisclosureCommands {

    private DisclosureCommands() {
    }

    /**
     * A disclosure of what a share decision allowed, to a named team or person at the recipient.
     *
     * @param accessUntil         optional: the last day the recipient may open it
     * @param protectedIdentities people named in the information whose identity must not reach the recipient
     *                            (a referrer, a neighbour, a colleague: 004 rule 5)
     */
    public record CreateDisclosure(
            @NotNull(message = "Choose the share decision this disclosure carries out") UUID decisionId,
            UUID recipientTeamId,
            UUID recipientUserId,
            LocalDate accessUntil,
            @NotNull(message = "Enter what you are sharing for at least one item") @Size(min = 1, message = "Enter what you are sharing for at least one item")
            List<@Valid Item> items,
            @Size(max = 50, message = "Protect 50 identities or fewer in one disclosure")
            List<@Size(max = 200, message = "Each protected identity has 200 characters or fewer") String> protectedIdentities) {
    }

    /**
     * @param notToSubject the item must not be disclosed to the person it is about (it would cause serious harm)
     */
    public record Item(
            @NotBlank(message = "Say which item this is") String code,
            @NotBlank(message = "Enter what you are sharing for this item")
            @Size(max = 20_000, message = "An item has 20,000 characters or fewer") String content,
            @NotNull(message = "Say whether this item is fact or professional opinion") ItemKind kind,
            boolean historical,
            @Size(max = 2_000, message = "The note on historical information has 2,000 characters or fewer") String historicalNote,
            boolean notToSubject) {
    }

    public record Withdraw(
            @NotBlank(message = "Say why you are withdrawing the disclosure")
            @Size(max = 2_000, message = "The reason has 2,000 characters or fewer") String reason) {
    }
}

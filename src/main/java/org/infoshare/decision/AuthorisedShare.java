package org.infoshare.decision;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.legal.DataCategory;
import org.infoshare.shared.SharingPurpose;

/**
 * Exactly what a completed SHARE decision allowed, for secure delivery: nothing the decision withheld can be
 * added. The purpose and the lawful basis travel with the disclosure.
 *
 * @param recipientPerson a named person at the recipient, when the practitioner named one
 * @param items           the allowed items only
 * @param notInformReason the recorded reason not to tell the person, when they are not to be told
 * @param urgency         how urgent the decision said the share was: ROUTINE, URGENT or IMMEDIATE, or null when not asked
 */
public record AuthorisedShare(
        UUID decisionId,
        UUID subjectId,
        UUID holderOrganisationId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        String recipientPerson,
        SharingPurpose purpose,
        List<Basis> lawfulBasis,
        List<Item> items,
        Set<TransferMethod> secureMethods,
        boolean informPerson,
        String notInformReason,
        boolean distinguishFactFromOpinion,
        boolean protectThirdParties,
        boolean confirmInWriting,
        Instant decidedAt,
        UUID decidedBy,
        String urgency) {

    public record Basis(String code, String citation, String title, String why) {
    }

    public record Item(String code, String label, DataCategory category, boolean opinion) {
    }
}

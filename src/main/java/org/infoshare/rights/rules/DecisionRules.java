package org.infoshare.rights.rules;

import java.util.List;
import java.util.Set;

/**
 * What a decision on a rights request must rest on. A refusal or a partial grant names at least one exemption
 * or refusal ground, and each must apply to the right asked for (DPA 2018 Sch 2–3; UK GDPR Art 12–22); a grant
 * names none. Nothing is granted or answered "nothing held" before the person's identity was checked and the
 * person was confirmed in (or confirmed absent from) the organisation's records by a member of staff, never
 * matched silently. While the clock is paused nothing is decided. A subject access grant needs an approved
 * bundle, and a bundle that withholds anything makes the grant partial, under the exemptions it withheld under.
 * A rectification is granted only once something was corrected.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * The facts a decision is checked against.
     *
     * @param personConfirmed    a member of staff confirmed who the person is in the organisation's records
     * @param confirmedNotHeld   a member of staff confirmed the organisation holds nothing about them
     * @param bundleApproved     a subject access bundle was approved by the DPO
     * @param bundleExemptions   the exemptions the approved bundle withheld items under
     * @param rectifications     how many corrections were made under the request
     */
    public record Facts(RightKind right, RequestOutcome outcome, List<Exemption> exemptions, boolean identityChecked,
                        boolean personConfirmed, boolean confirmedNotHeld, boolean paused, boolean bundleApproved,
                        Set<Exemption> bundleExemptions, int rectifications) {
        public Facts {
            exemptions = List.copyOf(exemptions);
            bundleExemptions = Set.copyOf(bundleExemptions);
        }
    }

    public static Verdict check(Facts f) {
        if (f.paused()) {
            return Verdict.refused("", "paused", "The clock is paused: record what arrived before deciding");
        }
        for (Exemption exemption : f.exemptions()) {
            if (!exemption.appliesTo(f.right())) {
                return Verdict.refused("exemptions", "exemption-does-not-apply",
                        exemption.label() + " (" + exemption.citation() + ") does not apply to a request for " + f.right().label().toLowerCase());
            }
        }
        switch (f.outcome()) {
            case REFUSED, PARTLY_GRANTED -> {
                if (f.exemptions().isEmpty()) {
                    return Verdict.refused("exemptions", "exemption-required", "Choose the exemption or ground the decision relies on");
                }
            }
            case GRANTED, NOTHING_HELD -> {
                if (!f.exemptions().isEmpty()) {
                    return Verdict.refused("exemptions", "no-exemption-for-grant",
                            "A request granted in full relies on no exemption: choose partly granted instead");
                }
            }
        }
        if (f.outcome() == RequestOutcome.REFUSED) {
            return Verdict.ALLOWED;
        }
        if (!f.identityChecked()) {
            return Verdict.refused("", "identity-not-checked", "Record how the person's identity was checked before answering their request");
        }
        if (f.outcome() == RequestOutcome.NOTHING_HELD) {
            return f.confirmedNotHeld() ? Verdict.ALLOWED
                    : Verdict.refused("", "not-confirmed-absent", "Search your records and confirm that you hold nothing about them");
        }
        if (!f.personConfirmed()) {
            return Verdict.refused("", "person-not-confirmed", "Find the person in your records and confirm it is them");
        }
        if (f.right().answeredWithBundle()) {
            if (!f.bundleApproved()) {
                return Verdict.refused("", "bundle-not-approved", "Prepare and approve the bundle of their information first");
            }
            if (f.outcome() == RequestOutcome.GRANTED && !f.bundleExemptions().isEmpty()) {
                return Verdict.refused("outcome", "withheld-items-need-partly",
                        "The bundle withholds information, so the request is partly granted: choose the exemptions it withholds under");
            }
            if (f.outcome() == RequestOutcome.PARTLY_GRANTED && !f.exemptions().containsAll(f.bundleExemptions())) {
                return Verdict.refused("exemptions", "bundle-exemption-missing",
                        "Include every exemption the bundle withholds information under");
            }
        }
        if (f.right() == RightKind.RECTIFICATION && f.rectifications() == 0) {
            return Verdict.refused("", "nothing-rectified", "Correct the information before granting the request");
        }
        return Verdict.ALLOWED;
    }
}

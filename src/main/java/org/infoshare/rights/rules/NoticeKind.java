package org.infoshare.rights.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notice to a recipient is about, what it asks of them, and what they may confirm: the change asked for,
 * or that they keep the information under a stated exemption (002 §3.2: "where relevant and appropriate"). An
 * inaccuracy reported in something shared (002 §4.7) asks them to note it, or to confirm they corrected it.
 */
public enum NoticeKind {
    RECTIFICATION("Rectification", NoticeOutcome.CORRECTED, EnumSet.of(NoticeOutcome.CORRECTED, NoticeOutcome.RETAINED_UNDER_EXEMPTION)),
    ERASURE("Erasure", NoticeOutcome.ERASED, EnumSet.of(NoticeOutcome.ERASED, NoticeOutcome.RETAINED_UNDER_EXEMPTION)),
    RESTRICTION("Restriction", NoticeOutcome.RESTRICTED, EnumSet.of(NoticeOutcome.RESTRICTED, NoticeOutcome.RETAINED_UNDER_EXEMPTION)),
    OBJECTION("Objection", NoticeOutcome.RESTRICTED, EnumSet.of(NoticeOutcome.RESTRICTED, NoticeOutcome.RETAINED_UNDER_EXEMPTION)),
    DATA_QUALITY("Inaccuracy reported", NoticeOutcome.ACKNOWLEDGED, EnumSet.of(NoticeOutcome.ACKNOWLEDGED, NoticeOutcome.CORRECTED));

    private final String label;
    private final NoticeOutcome asked;
    private final Set<NoticeOutcome> allowed;

    NoticeKind(String label, NoticeOutcome asked, Set<NoticeOutcome> allowed) {
        this.label = label;
        this.asked = asked;
        this.allowed = Set.copyOf(allowed);
    }

    public String label() {
        return label;
    }

    public NoticeOutcome asked() {
        return asked;
    }

    public Set<NoticeOutcome> allowed() {
        return allowed;
    }

    /** The notice a granted request of this right sends, if it is passed on at all. */
    public static NoticeKind of(RightKind right) {
        return switch (right) {
            case RECTIFICATION -> RECTIFICATION;
            case ERASURE -> ERASURE;
            case RESTRICTION -> RESTRICTION;
            case OBJECTION -> OBJECTION;
            case ACCESS, PORTABILITY, AUTOMATED_DECISION -> null;
        };
    }

    /** Whether a confirmation is acceptable: an allowed outcome, with an exemption exactly when the information is kept. */
    public Verdict check(NoticeOutcome outcome, Exemption exemption) {
        if (outcome == null || !allowed.contains(outcome)) {
            return Verdict.refused("outcome", "outcome-not-allowed", "Select what you did about this notice");
        }
        if ((outcome == NoticeOutcome.RETAINED_UNDER_EXEMPTION) != (exemption != null)) {
            return outcome == NoticeOutcome.RETAINED_UNDER_EXEMPTION
                    ? Verdict.refused("exemption", "exemption-required", "Select the exemption you keep the information under")
                    : Verdict.refused("exemption", "no-exemption", "An exemption is named only when the information is kept");
        }
        return Verdict.ALLOWED;
    }
}

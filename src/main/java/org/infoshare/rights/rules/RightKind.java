package org.infoshare.rights.rules;

import java.util.Set;

/**
 * The rights a person may exercise (002 §3.2; 004 §8; UK GDPR Art 15–22), and, for those that must be passed
 * on to every organisation that received the data, what each recipient is asked to do (UK GDPR Art 19).
 */
public enum RightKind {
    ACCESS("Access", "A copy of their information (subject access)", "UK GDPR Art 15", null),
    RECTIFICATION("Rectification", "Correct inaccurate information", "UK GDPR Art 16", NoticeOutcome.CORRECTED),
    ERASURE("Erasure", "Erase their information", "UK GDPR Art 17", NoticeOutcome.ERASED),
    RESTRICTION("Restriction", "Restrict the use of their information", "UK GDPR Art 18", NoticeOutcome.RESTRICTED),
    OBJECTION("Objection", "Stop using their information (objection)", "UK GDPR Art 21", NoticeOutcome.RESTRICTED),
    PORTABILITY("Portability", "Their information in a machine-readable form", "UK GDPR Art 20", null),
    AUTOMATED_DECISION("Automated decision-making", "Not to be subject to a decision based solely on automated processing",
            "UK GDPR Art 22", null);

    private final String label;
    private final String description;
    private final String citation;
    private final NoticeOutcome askOfRecipients;

    RightKind(String label, String description, String citation, NoticeOutcome askOfRecipients) {
        this.label = label;
        this.description = description;
        this.citation = citation;
        this.askOfRecipients = askOfRecipients;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String citation() {
        return citation;
    }

    /** Whether a granted request must be passed on to every recipient of the affected items (002 §3.2). */
    public boolean propagates() {
        return askOfRecipients != null;
    }

    /** What a recipient is asked to confirm it has done; null for rights that are not passed on. */
    public NoticeOutcome askOfRecipients() {
        return askOfRecipients;
    }

    /** Rights answered with a copy of the information (a bundle). */
    public boolean answeredWithBundle() {
        return this == ACCESS || this == PORTABILITY;
    }

    /** Rights that change the held record when granted. */
    public static final Set<RightKind> CORRECTING = Set.of(RECTIFICATION);
}

package org.infoshare.readlog;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.infoshare.shared.problem.InvalidRequestException;

/** The kinds of record whose reading is recorded. */
public enum RecordKind {
    PERSON("Person's record"),
    DECISION("Sharing decision"),
    CONSENT("Consent record"),
    DISCLOSURE("Disclosure"),
    BUNDLE("Subject access bundle"),
    /** The list of who has looked at a person's information: looking at it is looking at who they are (ADR 0080). */
    READS("Who has looked at their information");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a list is narrowed to, by its code; null when none is given, refused naming {@code kind} when unknown. */
    public static RecordKind of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("kind", "one-of", "Kind of record must be one of "
                    + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
        }
    }

    /** The page of one record of this kind, for its owner; null for a bundle, which is reached through its request. */
    public String path(UUID recordId) {
        return switch (this) {
            case PERSON -> "/people/" + recordId;
            case DECISION -> "/decisions/" + recordId;
            case CONSENT -> "/consents/" + recordId;
            case DISCLOSURE -> "/disclosures/" + recordId;
            case READS -> "/people/" + recordId + "/reads";
            case BUNDLE -> null;
        };
    }
}

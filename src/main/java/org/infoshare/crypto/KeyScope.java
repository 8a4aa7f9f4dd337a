package org.infoshare.crypto;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose key protects a value. Data about a data subject (a child, a parent) is sealed under that subject's
 * own key so that it can be disposed of by destroying one key; the organisation key covers the rest of an
 * organisation's personal data (its staff, its free-text records). A record that must be disposable on its own,
 * apart from the person it concerns (a rights request, a notice to a recipient), has a key of its own.
 */
public record KeyScope(Type type, UUID id) {

    public enum Type { ORGANISATION, SUBJECT, AGREEMENT, DEPLOYMENT, RECORD }

    /** The deployment-wide scope, for keys that belong to the installation rather than to anyone in it. */
    public static final KeyScope DEPLOYMENT = new KeyScope(Type.DEPLOYMENT, new UUID(0, 0));

    public KeyScope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static KeyScope organisation(UUID organisationId) {
        return new KeyScope(Type.ORGANISATION, organisationId);
    }

    public static KeyScope subject(UUID subjectId) {
        return new KeyScope(Type.SUBJECT, subjectId);
    }

    public static KeyScope agreement(UUID agreementId) {
        return new KeyScope(Type.AGREEMENT, agreementId);
    }

    /** The key of one record that is disposed of on its own (a rights request, a notice). */
    public static KeyScope record(UUID recordId) {
        return new KeyScope(Type.RECORD, recordId);
    }
}

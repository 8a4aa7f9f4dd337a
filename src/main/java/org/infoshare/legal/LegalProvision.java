package org.infoshare.legal;

import java.util.Objects;

/**
 * One provision of law that sharing can rest on.
 *
 * @param code     stable identifier cited by agreements and decisions, e.g. {@code UKGDPR-A6-1E}
 * @param kind     the layer it belongs to
 * @param citation how lawyers cite it, e.g. "UK GDPR Art 6(1)(e)"
 * @param title    a short plain-English name
 * @param summary  what it allows, in a sentence
 */
public record LegalProvision(String code, ProvisionKind kind, String citation, String title, String summary) {

    public LegalProvision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
    }
}

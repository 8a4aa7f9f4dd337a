package org.infoshare.legal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.infoshare.directory.OrganisationType;

/**
 * One provision of law that sharing can rest on.
 *
 * @param code     stable identifier cited by agreements and decisions, e.g. {@code UKGDPR-A6-1E}
 * @param kind     the layer it belongs to
 * @param citation how lawyers cite it, e.g. "UK GDPR Art 6(1)(e)"
 * @param title    a short plain-English name
 * @param summary  what it allows, in a sentence
 * @param holders  for a statutory gateway, the kinds of organisation it empowers or places its duty on (003
 *                 'Children Act 2004': not charities; 004 §8.7: not health bodies); empty for other provisions
 */
public record LegalProvision(String code, ProvisionKind kind, String citation, String title, String summary,
                             Set<OrganisationType> holders) {

    public LegalProvision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        holders = holders == null || holders.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holders));
    }

    public LegalProvision(String code, ProvisionKind kind, String citation, String title, String summary) {
        this(code, kind, citation, title, summary, Set.of());
    }

    /**
     * Whether an organisation of this kind can rely on the provision to share. A gateway names its holders;
     * a gateway added without them (before holders were recorded) is open to every kind of organisation.
     */
    public boolean mayBeReliedOnBy(OrganisationType type) {
        return kind != ProvisionKind.CONSIDERATION && (holders.isEmpty() || holders.contains(type));
    }
}

package org.infoshare.legal;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/** Every ledger entry the legal catalogue writes, in one place: catalogue versions and codes, never text. */
final class LegalEvents {

    private LegalEvents() {
    }

    static LedgerEvent builtInLoaded(int catalogueVersion, int release, int added, long changed) {
        return LedgerEvent.of("legal.catalogue.built-in-loaded", "legal-catalogue", catalogueVersion)
                .detail("release", release).detail("added", added).detail("changed", changed).build();
    }

    static LedgerEvent provisionAdded(Actor actor, String code, ProvisionKind kind, int catalogueVersion) {
        return LedgerEvent.of("legal.provision.added", "legal-provision", code)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("kind", kind).detail("catalogueVersion", catalogueVersion).build();
    }
}

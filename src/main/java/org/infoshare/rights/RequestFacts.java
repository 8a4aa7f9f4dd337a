package org.infoshare.rights;

import java.util.Set;

import org.infoshare.rights.rules.DecisionRules;
import org.springframework.stereotype.Component;

/** The facts a rights decision is checked against: the request, its bundle and its corrections. */
@Component
class RequestFacts {

    private final BundleStore bundles;
    private final RectificationStore rectifications;

    RequestFacts(BundleStore bundles, RectificationStore rectifications) {
        this.bundles = bundles;
        this.rectifications = rectifications;
    }

    DecisionRules.Facts of(RightsRequest request, RightsCommands.Decide command) {
        var bundle = bundles.ofRequest(request.id());
        boolean approved = bundle.map(b -> b.status() != AccessBundle.Status.DRAFT).orElse(false);
        return new DecisionRules.Facts(request.kind(), command.outcome(), command.exemptions(), request.identityCheck() != null,
                request.subjectId() != null, request.notHeld(), request.paused(), approved,
                approved ? Set.copyOf(bundle.get().exemptions()) : Set.of(), rectifications.countForRequest(request.id()));
    }
}

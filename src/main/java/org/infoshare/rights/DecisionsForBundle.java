package org.infoshare.rights;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.delivery.rules.Redaction;
import org.infoshare.rights.rules.Withholding;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Component;

/** The sharing decisions about a person, as a subject access bundle shows them. */
@Component
class DecisionsForBundle {

    List<BundleContent.DecisionEntry> about(Actor actor, UUID subjectId, Map<UUID, String> names, Redaction redaction, BundleChoices choices,
                                            Withholding.HolderKind holder) {
        return List.of();
    }
}

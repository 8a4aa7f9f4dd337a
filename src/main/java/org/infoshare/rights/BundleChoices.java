package org.infoshare.rights;

import java.util.List;
import java.util.Map;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.Withholding;

/**
 * What the Data Protection Officer chose in the preview: for an entry (by its key), to include it, withhold it or
 * let the default stand, with the exemption named; and the identities of other people to withhold from the text,
 * beyond those the senders of disclosures listed.
 */
public record BundleChoices(Map<String, ItemChoice> items, List<String> identities) {

    public static final BundleChoices NONE = new BundleChoices(Map.of(), List.of());

    public BundleChoices {
        items = items == null ? Map.of() : Map.copyOf(items);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    public record ItemChoice(Withholding.Choice choice, Exemption exemption) {
    }

    ItemChoice of(String key) {
        return items.getOrDefault(key, new ItemChoice(Withholding.Choice.DEFAULT, null));
    }
}

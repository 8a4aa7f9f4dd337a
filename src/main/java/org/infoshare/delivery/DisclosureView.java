package org.infoshare.delivery;

import java.util.List;

/**
 * A disclosure with its content, as its reader may see it.
 *
 * @param asSender            the reader sent it: items are the original, with a preview of what is withheld
 * @param protectedIdentities for the sender only; empty for a recipient
 * @param notInformReason     for the sender only: the recorded reason the person is not told
 */
public record DisclosureView(Disclosure disclosure, boolean asSender, List<DisclosedItem> items, List<String> protectedIdentities,
                             String notInformReason) {

    public DisclosureView {
        items = List.copyOf(items);
        protectedIdentities = List.copyOf(protectedIdentities);
    }
}

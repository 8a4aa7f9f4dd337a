package org.infoshare.agreement;

import java.util.Set;
import java.util.UUID;

import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;

/**
 * One item of information an agreement covers (002 §4.1), at field level.
 *
 * @param code            stable, e.g. {@code date-of-birth}; what decisions and datasets minimise to
 * @param specialCategory the kind, when {@code category} is special category; otherwise null
 * @param recipients      the parties that may receive this item
 */
public record DataItemTerms(String code, String name, DataCategory category, SpecialCategory specialCategory,
                            Set<UUID> recipients) {

    public DataItemTerms {
        recipients = Set.copyOf(recipients);
    }

    public boolean mayGoTo(UUID organisation) {
        return recipients.contains(organisation);
    }
}

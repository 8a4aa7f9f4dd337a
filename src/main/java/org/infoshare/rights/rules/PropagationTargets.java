package org.infoshare.rights.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who must be told of a granted rectification, erasure, restriction or objection (002 §3.2; UK GDPR Art 19), or
 * of an inaccuracy in something shared (002 §4.7): exactly the addressees of the disclosures and datasets that
 * carried the affected items, each told of exactly the items they received, and nobody else. A disclosure
 * withdrawn before anyone opened it reached nobody. One notice per addressee (an organisation's team or named
 * person as the disclosure was addressed), listing its items.
 */
public final class PropagationTargets {

    private PropagationTargets() {
    }

    /** An addressee: the recipient organisation and the team or person the record was addressed to. */
    public record Addressee(UUID organisationId, UUID teamId, UUID userId) {
        public Addressee {
            Objects.requireNonNull(organisationId, "organisationId");
        }
    }

    /** A disclosure as sent: its addressee, the codes of the items it carried, and whether anyone could have read it. */
    public record Sent(UUID disclosureId, Addressee to, Set<String> itemCodes, boolean withdrawnUnopened) {
        public Sent {
            itemCodes = Set.copyOf(itemCodes);
        }
    }

    /** A published dataset as sent. */
    public record DatasetSent(UUID uploadId, Addressee to) {
    }

    /** One item to tell an addressee about: a disclosure's item, or a whole dataset. */
    public record Affected(UUID disclosureId, String itemCode, UUID uploadId) {
    }

    public record Target(Addressee to, List<Affected> items) {
        public Target {
            items = List.copyOf(items);
        }
    }

    /**
     * @param affectedCodes the item codes the request or report is about; empty means every item
     * @param datasets      the datasets chosen as having carried the person's information
     */
    public static List<Target> of(List<Sent> disclosures, Set<String> affectedCodes, List<DatasetSent> datasets) {
        Map<Addressee, List<Affected>> byAddressee = new LinkedHashMap<>();
        for (Sent sent : disclosures) {
            if (sent.withdrawnUnopened()) {
                continue;
            }
            for (String code : sent.itemCodes().stream().sorted().toList()) {
                if (affectedCodes.isEmpty() || affectedCodes.contains(code)) {
                    byAddressee.computeIfAbsent(sent.to(), a -> new ArrayList<>()).add(new Affected(sent.disclosureId(), code, null));
                }
            }
        }
        for (DatasetSent dataset : datasets) {
            byAddressee.computeIfAbsent(dataset.to(), a -> new ArrayList<>()).add(new Affected(null, null, dataset.uploadId()));
        }
        return byAddressee.entrySet().stream().map(e -> new Target(e.getKey(), e.getValue())).toList();
    }
}

package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Agreements indexed by the pair of organisations they connect, so that finding the agreements between a
 * holder and a recipient costs one lookup however many agreements the partnership has.
 */
public final class AgreementIndex {

    private final Map<Pair, List<ApplicableAgreement>> byPair = new HashMap<>();

    public AgreementIndex(Collection<ApplicableAgreement> agreements) {
        for (ApplicableAgreement agreement : agreements) {
            List<UUID> parties = new ArrayList<>(agreement.parties());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    byPair.computeIfAbsent(Pair.of(parties.get(i), parties.get(j)), k -> new ArrayList<>()).add(agreement);
                }
            }
        }
        byPair.replaceAll((pair, list) -> List.copyOf(list));
    }

    public List<ApplicableAgreement> between(UUID a, UUID b) {
        return byPair.getOrDefault(Pair.of(a, b), List.of());
    }

    public int pairs() {
        return byPair.size();
    }

    record Pair(UUID first, UUID second) {
        static Pair of(UUID a, UUID b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }
}

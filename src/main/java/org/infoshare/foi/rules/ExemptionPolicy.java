package org.infoshare.foi.rules;

import java.util.Set;

/**
 * A concern about release names exemptions of the request's own regime: an FOIA section for a request under the
 * Freedom of Information Act, an EIR regulation for one under the Environmental Information Regulations.
 *
 * @see Exemption
 */
public final class ExemptionPolicy {

    /** Null when the exemptions fit; otherwise the first that does not. */
    public record Verdict(Exemption misfit) {
        public boolean allowed() {
            return misfit == null;
        }
    }

    private ExemptionPolicy() {
    }

    public static Verdict check(Regime regime, Set<Exemption> exemptions) {
        return new Verdict(exemptions.stream().filter(e -> e.regime() != regime).sorted().findFirst().orElse(null));
    }
}

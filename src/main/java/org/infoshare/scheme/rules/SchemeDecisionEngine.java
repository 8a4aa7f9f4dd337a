package org.infoshare.scheme.rules;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.directory.OrganisationType;

/**
 * Whether to disclose under a scheme, with the scheme as the gateway: the police may use it (004 §8.6), the person to
 * be told may be told (004 §8.3, §8.6), and there is a risk that disclosure is necessary to address. The policies
 * run in that order and the first that says no decides; every verdict is kept as the decision's path. Plain Java.
 */
public final class SchemeDecisionEngine {

    /** Changes whenever the rules change, so that every recorded decision says which rules made it. */
    public static final String VERSION = "2026.12-1";

    private SchemeDecisionEngine() {
    }

    public record Facts(Scheme scheme, OrganisationType holder, Recipient recipient, boolean riskIndicated, boolean necessary) {
    }

    /** @param path every verdict taken, in order; the last decided */
    public record Decision(boolean disclose, String rule, String reason, String source, List<Verdict> path) {
    }

    public static Decision decide(Facts f) {
        List<Verdict> path = new ArrayList<>(3);
        for (Verdict verdict : List.of(SchemeGatewayPolicy.decide(f.scheme(), f.holder()),
                SchemeRecipientPolicy.decide(f.scheme(), f.recipient()),
                SchemeRiskPolicy.decide(f.scheme(), f.riskIndicated(), f.necessary()))) {
            path.add(verdict);
            if (!verdict.allowed()) {
                return new Decision(false, verdict.rule(), verdict.reason(), verdict.source(), List.copyOf(path));
            }
        }
        Verdict last = path.get(path.size() - 1);
        return new Decision(true, last.rule(), "Disclose under the " + f.scheme().gateway().citation() + ": " + last.reason(),
                f.scheme().source(), List.copyOf(path));
    }
}

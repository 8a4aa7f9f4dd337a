package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 8: is there a legal power to share that this holder can use? A statutory gateway belongs to the bodies
 * it empowers: the Children Act 2004 ss10-11 duties fall on named public bodies, not charities (003 'Children
 * Act 2004'); health bodies are excepted from the serious violence gateway (004 §8.7). Rights and capacity law
 * (HRA 1998 Art 8, MCA 2005) is a consideration, not a power to share (003; 004 §8.4). A gateway the holder
 * cannot use is never cited.
 */
final class GatewayPolicy {

    private static final String QUESTION = "Is there a public function or legal power to share?";

    private GatewayPolicy() {
    }

    /**
     * @param named   the gateways the practitioner named, and the one a request stated (unless it created a
     *                legal duty at layer 4, which already stands)
     * @return the gateways the holder can rely on, in the order named
     */
    static Ruling<List<LegalProvision>> decide(OrganisationType holder, List<LegalProvision> named, DecisionFacts.RequestBasis request,
                                                boolean legalDuty) {
        List<LegalProvision> candidates = new ArrayList<>(named);
        if (request != null && request.gateway() != null && !legalDuty && !BuiltInProvisions.CA2004_S14B.code().equals(request.gateway().code())
                && candidates.stream().noneMatch(g -> g.code().equals(request.gateway().code()))) {
            candidates.add(request.gateway());
        }
        List<LegalProvision> usable = new ArrayList<>(candidates.size());
        List<DecisionResult.PathStep> steps = new ArrayList<>(2);
        for (LegalProvision gateway : candidates) {
            if (gateway.kind() == ProvisionKind.CONSIDERATION) {
                steps.add(step("Is " + gateway.citation() + " a power to share?", "No: it is a consideration",
                        gateway.citation() + " gives no power to share: every share must respect it, and it is weighed with the others, but it is not a gateway.",
                        "003 'What is the Legal Framework'; 004 §8.4"));
            } else if (gateway.kind() != ProvisionKind.STATUTORY_GATEWAY) {
                steps.add(step("Is " + gateway.citation() + " a statutory gateway?", "No",
                        "It is not a statutory gateway, so it is not counted as a power to share.", "003 'What is the Legal Framework'"));
            } else if (!gateway.mayBeReliedOnBy(holder)) {
                steps.add(step("Can your organisation rely on " + gateway.citation() + "?", "No",
                        gateway.citation() + " empowers " + holders(gateway) + ", not " + article(holder) + ", so it is not a basis for this share.",
                        "003 'Children Act 2004'; 004 §8.7"));
            } else {
                usable.add(gateway);
            }
        }
        if (!usable.isEmpty()) {
            StringJoiner names = new StringJoiner(", ");
            usable.forEach(g -> names.add(g.citation()));
            steps.add(step(QUESTION, "Yes: " + names,
                    "Sharing to fulfil a public function under a statutory gateway is another reason to share.", "003 'When?'; 003 'What is the Legal Framework'"));
        }
        return Ruling.proceed(List.copyOf(usable), steps);
    }

    private static String holders(LegalProvision gateway) {
        StringJoiner kinds = new StringJoiner(", ");
        gateway.holders().stream().sorted().forEach(kind -> kinds.add(kind.label().toLowerCase(Locale.ROOT)));
        return "only these kinds of organisation: " + kinds;
    }

    private static String article(OrganisationType type) {
        return "a " + type.label().toLowerCase(Locale.ROOT) + " organisation";
    }
}

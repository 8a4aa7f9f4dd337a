package org.infoshare.decision.rules;

import java.util.StringJoiner;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * DPA 2018 Sch 1 para 6 (with Art 9(2)(g); for criminal offence data with Art 10 and para 36) and Sch 8 para 1
 * (with s35(5)): necessary for a function conferred by an enactment or rule of law, in the substantial public
 * interest. The function is the statutory gateway the holder can use, or the legal duty to answer a request
 * (002 §2.3; 003 'What is the Legal Framework').
 */
final class StatutoryPurposesCondition implements LawfulCondition {

    static final StatutoryPurposesCondition INSTANCE = new StatutoryPurposesCondition();

    private StatutoryPurposesCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        return test(f, () -> ConditionTest.met(
                link(BuiltInProvisions.ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Exercising a statutory function is a reason of substantial public interest."),
                link(BuiltInProvisions.SCH1_6_STATUTORY_PURPOSES, function(f))));
    }

    @Override
    public ConditionTest criminal(ConditionFacts f) {
        return test(f, () -> ConditionTest.met(
                link(BuiltInProvisions.ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition."),
                link(BuiltInProvisions.SCH1_6_STATUTORY_PURPOSES, function(f)),
                link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 condition applies to criminal offence data.")));
    }

    @Override
    public ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        return test(f, () -> ConditionTest.met(
                link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose."),
                link(BuiltInProvisions.SCH8_1_STATUTORY, function(f) + " In the substantial public interest.")));
    }

    private static ConditionTest test(ConditionFacts f, java.util.function.Supplier<ConditionTest> met) {
        if (f.reasons().statutory()) {
            return met.get();
        }
        return f.holder().publicAuthority()
                ? ConditionTest.notMet("The statutory purposes condition (DPA 2018 Sch 1 para 6, Sch 8 para 1) needs a function conferred by an enactment: name the statutory gateway you share under.")
                : ConditionTest.NOT_RELEVANT;
    }

    private static String function(ConditionFacts f) {
        if (f.reasons().gateways().isEmpty()) {
            return "Necessary to comply with the legal duty to provide the information.";
        }
        StringJoiner names = new StringJoiner(", ");
        for (LegalProvision gateway : f.reasons().gateways()) {
            names.add(gateway.citation());
        }
        return "Necessary for a function conferred by an enactment (" + names + ").";
    }
}

package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * DPA 2018 Sch 1 para 18 (with Art 9(2)(g); for criminal offence data with Art 10 and para 36) and Sch 8 para 4
 * (with s35(5)): safeguarding a child, or an adult at risk (all three tests), carried out without consent for
 * one of the reasons in para 18(2) / 4(2): consent cannot be given, cannot reasonably be obtained, or obtaining
 * it would prejudice the protection (004 §2; 002 §2.3). A child at risk alone does not meet it: the reason it
 * goes ahead without consent must be one of those.
 */
final class SafeguardingCondition implements LawfulCondition {

    static final SafeguardingCondition INSTANCE = new SafeguardingCondition();

    private SafeguardingCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        return test(f, "para 18(2)", () -> ConditionTest.met(
                link(BuiltInProvisions.ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Safeguarding is a reason of substantial public interest."),
                link(BuiltInProvisions.SCH1_18_SAFEGUARDING, why(f, "para 18(3)", "para 18(2)"))));
    }

    @Override
    public ConditionTest criminal(ConditionFacts f) {
        return test(f, "para 18(2)", () -> ConditionTest.met(
                link(BuiltInProvisions.ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition."),
                link(BuiltInProvisions.SCH1_18_SAFEGUARDING, why(f, "para 18(3)", "para 18(2)")),
                link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 safeguarding condition applies to criminal offence data without its substantial public interest test.")));
    }

    @Override
    public ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        return test(f, "para 4(2)", () -> ConditionTest.met(
                link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose."),
                link(BuiltInProvisions.SCH8_4_SAFEGUARDING, why(f, "para 4(3)", "para 4(2)"))));
    }

    private static ConditionTest test(ConditionFacts f, String reasons, java.util.function.Supplier<ConditionTest> met) {
        if (!f.reasons().safeguarding()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (f.consent().covers()) {
            return ConditionTest.notMet("The safeguarding condition is for sharing without consent; they consented, so it does not apply.");
        }
        if (f.consent().withoutConsent() == null) {
            NotSoughtReason given = f.consent().notSoughtReason();
            return ConditionTest.notMet("The safeguarding condition (DPA 2018 Sch 1 para 18, Sch 8 para 4) applies only where consent is not obtained for a reason in "
                    + reasons + ": it cannot be given, cannot reasonably be obtained, or obtaining it would prejudice the protection"
                    + (given == null ? "; no such reason is recorded." : "; the reason recorded (" + given.label().toLowerCase(java.util.Locale.ROOT) + ") is not one of them."));
        }
        return met.get();
    }

    private static String why(ConditionFacts f, String adultTests, String reasons) {
        String who = f.reasons().childAtRisk() ? "Necessary to protect a child from neglect or harm"
                : "Necessary to protect an adult at risk (all three tests in " + adultTests + " hold)";
        return who + ", without consent for the reason in " + f.consent().withoutConsent().under(reasons) + ".";
    }
}

package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * DPA 2018 Sch 1 para 10 (with Art 9(2)(g); for criminal offence data with Art 10 and para 36): necessary to
 * prevent or detect an unlawful act, and it must be carried out without consent so as not to prejudice that
 * purpose. It is not met merely because consent was sought and refused: the reason consent was not sought must
 * be that seeking it would prejudice the prevention or detection (002 §2.3).
 */
final class UnlawfulActsCondition implements LawfulCondition {

    static final UnlawfulActsCondition INSTANCE = new UnlawfulActsCondition();

    private UnlawfulActsCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        return test(f, () -> ConditionTest.met(
                link(BuiltInProvisions.ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Preventing or detecting crime is a reason of substantial public interest."),
                link(BuiltInProvisions.SCH1_10_UNLAWFUL_ACTS, WHY)));
    }

    @Override
    public ConditionTest criminal(ConditionFacts f) {
        return test(f, () -> ConditionTest.met(
                link(BuiltInProvisions.ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition."),
                link(BuiltInProvisions.SCH1_10_UNLAWFUL_ACTS, WHY),
                link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 condition applies to criminal offence data.")));
    }

    private static final String WHY = "Necessary to prevent or detect an unlawful act, without consent because seeking it would prejudice that.";

    private static ConditionTest test(ConditionFacts f, java.util.function.Supplier<ConditionTest> met) {
        if (!f.reasons().crime() && !f.purpose().lawEnforcement()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (f.consent().against()) {
            return ConditionTest.notMet("The unlawful acts condition (DPA 2018 Sch 1 para 10) needs the sharing to go ahead without consent so as not to prejudice "
                    + "preventing or detecting crime; consent was sought and refused, so it is not met.");
        }
        if (f.consent().covers() || f.consent().notSoughtReason() != NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION) {
            return ConditionTest.notMet("The unlawful acts condition (DPA 2018 Sch 1 para 10) applies only where consent is not sought because seeking it would "
                    + "prejudice preventing or detecting crime, and that is not the recorded reason.");
        }
        return met.get();
    }
}

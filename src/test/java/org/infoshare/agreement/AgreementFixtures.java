package org.infoshare.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;

/** Realistic agreements for tests: the demo partnership's two, with organisations of the test's choosing. */
public final class AgreementFixtures {

    public static final UUID COUNCIL = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    public static final UUID POLICE = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    public static final UUID NHS = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    public static final UUID PROBATION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    public static final UUID CHARITY = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    private AgreementFixtures() {
    }

    /** The Supporting Families DSA (seed 002): complete and lawful in every layer. */
    public static AgreementDocument supportingFamilies() {
        return DemoAgreements.supportingFamilies(COUNCIL, POLICE);
    }

    /** The Family Safeguarding agreement (seed 003). */
    public static AgreementDocument familySafeguarding() {
        return DemoAgreements.familySafeguarding(COUNCIL, POLICE, NHS, PROBATION, CHARITY);
    }

    public static Dpia.Assessment completeAssessment() {
        return DemoAgreements.supportingFamiliesDpia();
    }

    /** The built-in catalogue plus the demo's Care Act 2014 s1, and the five organisations. */
    public static ActivationRules.Context context() {
        Map<String, LegalProvision> catalogue = new HashMap<>();
        BuiltInProvisions.all().forEach(p -> catalogue.put(p.code(), p));
        catalogue.put(DemoAgreements.CARE_ACT_S1, new LegalProvision(DemoAgreements.CARE_ACT_S1, ProvisionKind.STATUTORY_GATEWAY,
                "Care Act 2014 s1", "Promoting individual well-being", null));
        return new ActivationRules.Context(catalogue, Set.of(COUNCIL, POLICE, NHS, PROBATION, CHARITY));
    }
}

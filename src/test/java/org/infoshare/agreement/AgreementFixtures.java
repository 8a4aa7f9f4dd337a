package org.infoshare.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.files.AgreementCodec;
import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;

/**
 * Realistic agreements for tests: the demo partnership's two, read from the demo's own agreement files, with
 * organisations of the test's choosing.
 */
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
        return supportingFamilies(COUNCIL, POLICE);
    }

    public static AgreementDocument supportingFamilies(UUID council, UUID police) {
        return read(DemoAgreements.SUPPORTING_FAMILIES_FILE, Map.of(DemoDirectory.COUNCIL, council, DemoDirectory.POLICE, police));
    }

    /** The Family Safeguarding agreement (seed 003). */
    public static AgreementDocument familySafeguarding() {
        return read(DemoAgreements.FAMILY_SAFEGUARDING_FILE, Map.of(DemoDirectory.COUNCIL, COUNCIL, DemoDirectory.POLICE, POLICE,
                DemoDirectory.NHS, NHS, DemoDirectory.PROBATION, PROBATION, DemoDirectory.CHARITY, CHARITY));
    }

    /** The Supporting Families DPIA: every part complete. */
    public static Dpia.Assessment completeAssessment() {
        return DemoAgreements.dpia(DemoAgreements.SUPPORTING_FAMILIES_FILE).assessment();
    }

    /** The built-in catalogue plus the demo's Care Act 2014 s1, and the five organisations. */
    public static ActivationRules.Context context() {
        Map<String, LegalProvision> catalogue = new HashMap<>();
        BuiltInProvisions.all().forEach(p -> catalogue.put(p.code(), p));
        catalogue.put(DemoAgreements.CARE_ACT_S1, new LegalProvision(DemoAgreements.CARE_ACT_S1, ProvisionKind.STATUTORY_GATEWAY,
                "Care Act 2014 s1", "Promoting individual well-being", null));
        return new ActivationRules.Context(catalogue, Set.of(COUNCIL, POLICE, NHS, PROBATION, CHARITY));
    }

    private static AgreementDocument read(String file, Map<String, UUID> organisations) {
        AgreementCodec codec = new AgreementCodec(
                id -> organisations.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst(),
                name -> Optional.ofNullable(organisations.get(name)));
        return codec.parse(DemoAgreements.agreementFile(file), FileFormat.YAML).document();
    }
}

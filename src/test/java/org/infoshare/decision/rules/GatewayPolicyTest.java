package org.infoshare.decision.rules;

import java.util.List;

import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.LegalProvision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.gateway;

class GatewayPolicyTest {

    @Test
    void aGatewayBelongsToTheBodiesItEmpowers() {
        assertThat(GatewayPolicy.decide(OrganisationType.LOCAL_AUTHORITY, List.of(gateway("CA2004-S11")), null, false).established())
                .extracting(LegalProvision::code).containsExactly("CA2004-S11");
        Ruling<List<LegalProvision>> charity = GatewayPolicy.decide(OrganisationType.VOLUNTARY, List.of(gateway("CA2004-S11")), null, false);
        assertThat(charity.established()).isEmpty();
        assertThat(charity.steps()).singleElement().satisfies(s -> assertThat(s.explanation()).contains("not a voluntary or community organisation"));
        assertThat(GatewayPolicy.decide(OrganisationType.HEALTH, List.of(gateway("PCSCA2022-S16")), null, false).established()).isEmpty();
        assertThat(GatewayPolicy.decide(OrganisationType.VOLUNTARY, List.of(gateway("CDA1998-S115")), null, false).established()).hasSize(1);
    }

    @Test
    void rightsAndCapacityLawAreConsiderationsNotGateways() {
        Ruling<List<LegalProvision>> r = GatewayPolicy.decide(OrganisationType.LOCAL_AUTHORITY, List.of(gateway("HRA1998-A8"), gateway("MCA2005")), null, false);
        assertThat(r.established()).isEmpty();
        assertThat(r.steps()).hasSize(2).allSatisfy(s -> assertThat(s.answer()).isEqualTo("No: it is a consideration"));
    }

    @Test
    void aRequestsStatedBasisCountsUnlessItCreatedTheLegalDuty() {
        DecisionFacts.RequestBasis s47 = new DecisionFacts.RequestBasis(gateway("CA1989-S47"), Answer.NO);
        assertThat(GatewayPolicy.decide(OrganisationType.HEALTH, List.of(), s47, false).established()).extracting(LegalProvision::code).containsExactly("CA1989-S47");
        DecisionFacts.RequestBasis s14b = new DecisionFacts.RequestBasis(gateway("CA2004-S14B"), Answer.YES);
        assertThat(GatewayPolicy.decide(OrganisationType.HEALTH, List.of(), s14b, true).established()).isEmpty();
    }
}

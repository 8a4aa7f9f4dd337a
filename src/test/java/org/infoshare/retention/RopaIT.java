package org.infoshare.retention;

import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The record of processing activities matches the agreements the organisation is a party to, and counts what it actually sent. */
@IntegrationTest
class RopaIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister agreements;
    @Autowired Ropa ropa;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;

    @Test
    void eachAgreementTheOrganisationIsPartyToIsAnEntryWithItsTermsAndWhatWasActuallySent() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        List<RopaEntry> before = ropa.of(demo.actor(DemoPartnership.COUNCIL_DPO));
        assertThat(before).isNotEmpty();
        for (RopaEntry entry : before) {
            AgreementTerms terms = agreements.terms(entry.agreementId()).orElseThrow();
            assertThat(terms.parties()).contains(council);
            assertThat(entry.purposes()).containsExactlyInAnyOrderElementsOf(terms.purposes().stream().map(p -> p.label()).toList());
            assertThat(entry.categoriesOfData()).hasSize(terms.dataItems().size());
            assertThat(entry.lawfulBases()).isNotEmpty();
        }

        ShareDecisions shares = new ShareDecisions(mvc, demo);
        ShareDecisions.Decided decided = shares.toPolice(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID desk = directory.teams(demo.organisation("Westshire Police").id()).stream().filter(t -> t.name().equals("Public Protection Desk"))
                .map(Team::id).findFirst().orElseThrow();
        shares.post(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[{"code":"address","content":"1 Mill Lane","kind":"FACT",
                 "historical":false,"notToSubject":false}],"protectedIdentities":[]}""".formatted(decided.decisionId(), desk));
        String json = fetch(DemoPartnership.COUNCIL_DPO, "/api/v1/retention/ropa", 200);
        assertThat(json).contains(before.get(0).reference());
        for (RopaEntry entry : ropa.of(demo.actor(DemoPartnership.COUNCIL_DPO))) {
            long counted = jdbc.sql("""
                            select count(*) from disclosure x join sharing_decision d on d.id = x.decision_id
                            where x.sender_organisation = :council and d.agreement_id = :agreement""")
                    .param("council", council).param("agreement", entry.agreementId()).query(Long.class).single();
            assertThat(entry.actuallySent().stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(": ") + 2))).sum())
                    .as("what %s says was sent under %s", "the record", entry.reference()).isEqualTo(counted);
        }

        String csv = fetch(DemoPartnership.COUNCIL_DPO, "/api/v1/retention/ropa.csv", 200);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Agreement,Title,Status,Purposes,Lawful bases");
        assertThat(csv).contains(before.get(0).reference());
        assertThat(fetch(DemoPartnership.COUNCIL_DPO, "/retention/ropa.csv", 200)).isEqualTo(csv);

        fetch(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/retention/ropa", 403);
        fetch(DemoPartnership.COUNCIL_AUDITOR, "/api/v1/retention/ropa", 200);
    }

    private String fetch(String user, String path, int status) throws Exception {
        var request = path.startsWith("/api/") ? get(path).header("Authorization", "Bearer " + demo.token(user))
                : get(path).session(org.infoshare.support.SignedInSession.of(mvc, user));
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}

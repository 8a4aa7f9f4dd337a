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

    @Test
    void thePartnershipsRecordHoldsEveryAgreementInForceWithWhatEachPartySentToEachOther() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        UUID police = demo.organisation("Westshire Police").id();
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        UUID subject = shares.subject(DemoPartnership.COUNCIL_PRACTITIONER);
        String decided = shares.post(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"EARLY_HELP","purposeLegitimate":"YES",
                 "items":[{"code":"name-and-contact-details"},{"code":"date-of-birth"}],
                 "identifiable":true,"confidential":true,"consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES","vitalInterests":"NO",
                 "proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"The family needs early help and the police hold what shapes it"}"""
                .formatted(subject, police));
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(decided, "$.outcome")).as(decided).isEqualTo("SHARE");
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk"))
                .map(Team::id).findFirst().orElseThrow();
        shares.post(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[{"code":"date-of-birth","content":"9 January 2012","kind":"FACT",
                 "historical":false,"notToSubject":false}],"protectedIdentities":[]}""".formatted(com.jayway.jsonpath.JsonPath.<String>read(decided, "$.id"), desk));

        List<RopaEntry> partnership = ropa.ofPartnership(demo.actor(DemoPartnership.COUNCIL_ADMIN));
        List<UUID> everInForce = jdbc.sql("select id from agreement where first_effective_on is not null")
                .query(UUID.class).list();
        assertThat(partnership).extracting(RopaEntry::agreementId).containsExactlyInAnyOrderElementsOf(everInForce);
        List<UUID> councilOwn = ropa.of(demo.actor(DemoPartnership.COUNCIL_DPO)).stream().map(RopaEntry::agreementId).toList();
        assertThat(councilOwn).as("the council's own record also lists agreements not yet in force").containsAll(everInForce);

        String councilName = directory.organisation(council).orElseThrow().name();
        String policeName = directory.organisation(police).orElseThrow().name();
        for (RopaEntry entry : partnership) {
            AgreementTerms terms = agreements.terms(entry.agreementId()).orElseThrow();
            assertThat(entry.purposes()).containsExactlyInAnyOrderElementsOf(terms.purposes().stream().map(p -> p.label()).toList());
            long counted = jdbc.sql("""
                            select count(*) from disclosure x join sharing_decision d on d.id = x.decision_id
                            where x.sender_organisation = :council and x.recipient_organisation = :police and d.agreement_id = :agreement""")
                    .param("council", council).param("police", police).param("agreement", entry.agreementId()).query(Long.class).single();
            String line = councilName + " to " + policeName + ": " + counted;
            if (counted > 0) {
                assertThat(entry.actuallySent()).as("what the partnership's record says was sent under %s", entry.reference()).contains(line);
            } else {
                assertThat(entry.actuallySent()).noneMatch(l -> l.startsWith(councilName + " to " + policeName + ":"));
            }
            assertThat(entry.retention()).filteredOn(r -> !r.startsWith("The agreement: "))
                    .allMatch(r -> entry.sources().stream().anyMatch(party -> r.startsWith(party + ", ")), "each rule names its party");
        }
        assertThat(partnership.stream().flatMap(e -> e.actuallySent().stream())).anyMatch(l -> l.startsWith(councilName + " to " + policeName + ": "));

        String json = fetch(DemoPartnership.COUNCIL_ADMIN, "/api/v1/retention/ropa/partnership", 200);
        assertThat(json).contains(partnership.get(0).reference());
        String csv = fetch(DemoPartnership.COUNCIL_ADMIN, "/api/v1/retention/ropa/partnership.csv", 200);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Agreement,Title,Status,Purposes,Lawful bases");
        assertThat(csv.lines().count() - 1).isGreaterThanOrEqualTo(partnership.size());
        assertThat(fetch(DemoPartnership.COUNCIL_ADMIN, "/retention/ropa/partnership.csv", 200)).isEqualTo(csv);
        assertThat(fetch(DemoPartnership.COUNCIL_ADMIN, "/retention/ropa/partnership", 200))
                .contains("The partnership&#39;s record of processing activities").contains(councilName + " to " + policeName);
        fetch(DemoPartnership.COUNCIL_AUDITOR, "/api/v1/retention/ropa/partnership", 200);

        for (String refused : List.of(DemoPartnership.COUNCIL_PRACTITIONER, DemoPartnership.COUNCIL_DPO, DemoPartnership.POLICE_PRACTITIONER)) {
            fetch(refused, "/api/v1/retention/ropa/partnership", 403);
            fetch(refused, "/api/v1/retention/ropa/partnership.csv", 403);
        }
        fetch(DemoPartnership.COUNCIL_PRACTITIONER, "/retention/ropa/partnership", 403);
    }

    private String fetch(String user, String path, int status) throws Exception {
        var request = path.startsWith("/api/") ? get(path).header("Authorization", "Bearer " + demo.token(user))
                : get(path).session(org.infoshare.support.SignedInSession.of(mvc, user));
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}

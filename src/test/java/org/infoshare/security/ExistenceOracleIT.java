package org.infoshare.security;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A refused read of another organisation's disclosure or dataset looks to the caller exactly like a read of one
 * that does not exist: the same status, the same body, and nothing in the caller's own audit trail. The attempt is
 * recorded in the owning organisation's trail, where its Data Protection Officer sees it, at most once per caller,
 * record and hour however often it is tried.
 */
@IntegrationTest
class ExistenceOracleIT {

    private static final String PROBER = DemoPartnership.NHS_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired LedgerQueries ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void aForeignDisclosureOrDatasetIsIndistinguishableFromAMissingOne() throws Exception {
        UUID disclosure = demoDisclosure();
        UUID dataset = demoDataset();
        UUID prober = demo.userId(PROBER);
        UUID proberOrganisation = demo.actor(PROBER).organisationId();
        String token = demo.token(PROBER);
        List<LedgerRecord> proberTrail = trail(proberOrganisation);

        for (String template : List.of("/api/v1/disclosures/%s", "/api/v1/disclosures/%s/download", "/api/v1/disclosures/%s/record",
                "/api/v1/disclosures/%s/access", "/api/v1/datasets/%s", "/api/v1/datasets/%s/rows.csv", "/api/v1/datasets/%s/report.csv",
                "/api/v1/datasets/%s/access")) {
            UUID real = template.contains("disclosures") ? disclosure : dataset;
            MvcResult foreign = mvc.perform(get(template.formatted(real)).header("Authorization", "Bearer " + token)).andReturn();
            MvcResult missing = mvc.perform(get(template.formatted(UUID.randomUUID())).header("Authorization", "Bearer " + token)).andReturn();
            assertThat(foreign.getResponse().getStatus()).as(template).isEqualTo(404).isEqualTo(missing.getResponse().getStatus());
            assertThat(withoutInstance(foreign.getResponse().getContentAsString()))
                    .as(template).isEqualTo(withoutInstance(missing.getResponse().getContentAsString()));
            assertThat(foreign.getResponse().getContentType()).isEqualTo(missing.getResponse().getContentType());
        }
        // The pages too: the same "Page not found" either way.
        MockHttpSession session = SignedInSession.of(mvc, PROBER);
        for (String template : List.of("/disclosures/%s", "/disclosures/%s/record", "/datasets/%s", "/datasets/%s/rows.csv")) {
            UUID real = template.contains("disclosures") ? disclosure : dataset;
            MvcResult foreign = mvc.perform(get(template.formatted(real)).session(session)).andReturn();
            MvcResult missing = mvc.perform(get(template.formatted(UUID.randomUUID())).session(session)).andReturn();
            assertThat(foreign.getResponse().getStatus()).as(template).isEqualTo(404).isEqualTo(missing.getResponse().getStatus());
            assertThat(withoutCsrfToken(foreign.getResponse().getContentAsString())).as(template)
                    .isEqualTo(withoutCsrfToken(missing.getResponse().getContentAsString()));
        }

        // Nothing new in the prober's own trail but their sign-in; the attempts are in the owners' trails.
        assertThat(trail(proberOrganisation)).filteredOn(entry -> !entry.action().equals("access.signed-in")
                        && !entry.action().startsWith("directory.token."))
                .isEqualTo(proberTrail.stream().filter(entry -> !entry.action().equals("access.signed-in")
                        && !entry.action().startsWith("directory.token.")).toList());
        UUID council = demo.organisation("Westshire County Council").id();
        UUID police = demo.organisation("Westshire Police").id();
        assertThat(ledger.forSubject("disclosure", disclosure.toString())).filteredOn(e -> prober.equals(e.actorId()))
                .isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("delivery.disclosure.access-refused");
                    assertThat(entry.organisationId()).isEqualTo(council);
                    assertThat(entry.details()).containsEntry("reason", "other-organisation").containsEntry("from", proberOrganisation.toString());
                });
        assertThat(ledger.forSubject("dataset", dataset.toString())).filteredOn(e -> prober.equals(e.actorId()))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.organisationId()).isEqualTo(police));

        // The owner's Data Protection Officer reads them in the audit trail, in the API and the UI.
        String entries = mvc.perform(get("/api/v1/audit/entries").param("action", "delivery.disclosure.access-refused")
                        .header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        List<String> actors = JsonPath.read(entries, "$.entries[*].actorId");
        assertThat(actors).contains(prober.toString());
        String page = mvc.perform(get("/audit").param("action", "delivery.").session(SignedInSession.of(mvc, DemoPartnership.COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Laura Bennett tried to open a disclosure of this organisation");
    }

    @Test
    void probingTheSameRecordAddsAtMostOneLedgerEntryAnHourAndCountsTheRest() throws Exception {
        UUID disclosure = demoDisclosure();
        String prober = DemoPartnership.POLICE_ADMIN;
        UUID proberId = demo.userId(prober);
        String token = demo.token(prober);
        long before = refusals(disclosure, proberId);
        for (int i = 0; i < 40; i++) {
            mvc.perform(get("/api/v1/disclosures/" + disclosure + "/record").header("Authorization", "Bearer " + token));
        }
        // One entry for the hour (two if the hour turned while probing), and the count holds every attempt.
        assertThat(refusals(disclosure, proberId) - before).isBetween(1L, 2L);
        Integer attempts = jdbc.sql("select sum(attempts) from access_refusal where subject_type = 'disclosure' and subject_id = :id and actor_id = :actor")
                .param("id", disclosure.toString()).param("actor", proberId).query(Integer.class).single();
        assertThat(attempts).isGreaterThanOrEqualTo(40);
        String history = mvc.perform(get("/api/v1/disclosures/" + disclosure + "/access")
                        .header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_PRACTITIONER)))
                .andReturn().getResponse().getContentAsString();
        List<String> what = JsonPath.read(history, "$[?(@.actorId == '" + proberId + "')].what");
        assertThat(what).anySatisfy(w -> assertThat(w).contains("attempts within the hour"));
    }

    private long refusals(UUID disclosure, UUID actor) {
        return ledger.forSubject("disclosure", disclosure.toString()).stream()
                .filter(e -> actor.equals(e.actorId()) && e.action().equals("delivery.disclosure.access-refused")).count();
    }

    private List<LedgerRecord> trail(UUID organisation) {
        return ledger.forOrganisation(organisation, "", null, null, 0, 10_000);
    }

    private UUID demoDisclosure() throws Exception {
        String sent = mvc.perform(get("/api/v1/disclosures/sent").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_PRACTITIONER)))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(sent, "$[*].id");
        assertThat(ids).as("the demo disclosure").isNotEmpty();
        return UUID.fromString(ids.get(ids.size() - 1));
    }

    private UUID demoDataset() throws Exception {
        String sent = mvc.perform(get("/api/v1/datasets/sent").header("Authorization", "Bearer " + demo.token("practitioner@westshire-police.example")))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(sent, "$[?(@.status == 'PUBLISHED')].id");
        assertThat(ids).as("the demo dataset").isNotEmpty();
        return UUID.fromString(ids.get(ids.size() - 1));
    }

    /** The sign-out form's CSRF token is masked afresh on every page. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    /** The problem's {@code instance} names the address asked for, which differs by the id itself. */
    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}

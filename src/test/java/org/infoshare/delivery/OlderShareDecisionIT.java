package org.infoshare.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.support.Browser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.ShareDecisions;
import org.infoshare.web.PagedResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision to share is ready to disclose however many decisions its organisation has made since: the queue is read
 * in SQL, not from the newest hundred (ADR 0017). The decisions are the council manager's, a month old, so nobody
 * else's newest decisions or shares change.
 */
@IntegrationTest
class OlderShareDecisionIT {

    private static final String SENDER = DemoPartnership.COUNCIL_MANAGER;
    private static final String PATH = "/api/v1/disclosures/share-decisions";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void aShareDecidedBeforeAHundredOthersIsStillReadyToDiscloseUntilDisclosedAndOnlyToThoseWhoMaySeeIt() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String reference = "OSD-" + UUID.randomUUID().toString().substring(0, 12);
        UUID person = UUID.fromString(JsonPath.read(shares.post(SENDER, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"%s\",\"dateOfBirth\":\"2016-05-01\",\"confirmedDifferent\":true}"
                        .formatted(reference, ShareDecisions.SUBJECT_NAME)), "$.id"));
        UUID target = shares.toPoliceOnConsent(SENDER, person, null).decisionId();
        UUID others = shares.subject(SENDER);
        List<UUID> later = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            later.add(shares.toPoliceOnConsent(SENDER, others, null).decisionId());
        }
        // The share a month old and the hundred after it just younger, each bound in the ledger as it now stands.
        jdbc.sql("update sharing_decision set decided_at = now() - interval '31 days', completed_at = now() - interval '31 days' where id = :id")
                .param("id", target).update();
        for (int i = 0; i < later.size(); i++) {
            jdbc.sql("""
                            update sharing_decision set decided_at = now() - interval '30 days' + :n * interval '1 second',
                                completed_at = now() - interval '30 days' + :n * interval '1 second' where id = :id""")
                    .param("n", i).param("id", later.get(i)).update();
        }
        List<UUID> seeded = new ArrayList<>(later);
        seeded.add(target);
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.DECISION, seeded);
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        assertThat(jdbc.sql("select count(*) from sharing_decision where organisation_id = :council and decided_at > "
                        + "(select decided_at from sharing_decision where id = :id)")
                .param("council", council).param("id", target).query(Integer.class).single()).isGreaterThanOrEqualTo(100);

        // Read to its end, the queue holds it once; narrowed to the person, it is all there is; and the pages show it.
        String sender = demo.token(SENDER);
        assertThat(everyId(sender, "WAITING")).containsOnlyOnce(target.toString()).containsAll(later.stream().map(UUID::toString).toList());
        assertThat(ids(api(sender, "?status=WAITING&person=" + reference))).containsExactly(target.toString());
        assertThat(ids(api(sender, "?person=" + reference))).containsExactly(target.toString());
        MockHttpSession session = Browser.signIn(mvc, SENDER);
        assertThat(page(session, "/sent")).contains("href=\"/sent/share-decisions\"");
        assertThat(page(session, "/sent/share-decisions?person=" + reference)).contains("/disclosures/new?decision=" + target)
                .contains("Share decisions ready to disclose");

        // Another organisation neither sees it nor discloses under it; nothing is sent.
        String officer = demo.token(DemoPartnership.POLICE_PRACTITIONER);
        assertThat(everyId(officer, null)).doesNotContain(target.toString());
        mvc.perform(get(PATH + "/" + target).header("Authorization", "Bearer " + officer)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/disclosures").header("Authorization", "Bearer " + officer).contentType(MediaType.APPLICATION_JSON)
                .content(disclosure(target))).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("decisionId"));
        assertThat(disclosures(target)).isZero();
        mvc.perform(get(PATH).param("status", "LOST").header("Authorization", "Bearer " + sender))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get(PATH).param("page", "0").header("Authorization", "Bearer " + sender))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("page"));

        // Disclosed, it leaves the queue; withdrawn in error, it is ready again.
        String sent = shares.post(SENDER, "/api/v1/disclosures", disclosure(target));
        assertThat(disclosures(target)).isEqualTo(1);
        assertThat(ids(api(sender, "?status=WAITING&person=" + reference))).isEmpty();
        assertThat(ids(api(sender, "?status=DISCLOSED&person=" + reference))).containsExactly(target.toString());
        shares.post(SENDER, "/api/v1/disclosures/" + JsonPath.read(sent, "$.id") + "/withdrawal", "{\"reason\":\"Sent to the wrong team\"}");
        assertThat(ids(api(sender, "?status=WAITING&person=" + reference))).containsExactly(target.toString());
    }

    private String disclosure(UUID decision) {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
        return """
                {"decisionId":"%s","recipientTeamId":"%s","items":[{"code":"safeguarding-concern","content":"Shouting heard at 22:10",
                 "kind":"FACT","historical":false,"notToSubject":false}],"protectedIdentities":[]}""".formatted(decision, desk);
    }

    private int disclosures(UUID decision) {
        return jdbc.sql("select count(*) from disclosure where decision_id = :id").param("id", decision).query(Integer.class).single();
    }

    /** Every id of the caller's list, page after page, as a client would read it. */
    private List<String> everyId(String token, String status) throws Exception {
        List<String> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            MvcResult result = api(token, "?size=100&page=" + page + (status == null ? "" : "&status=" + status));
            all.addAll(ids(result));
            if ((long) page * 100 >= Long.parseLong(result.getResponse().getHeader(PagedResponse.TOTAL))) {
                return all;
            }
        }
    }

    private MvcResult api(String token, String query) throws Exception {
        return mvc.perform(get(PATH + query).header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn();
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].decisionId");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

package org.infoshare.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.support.Browser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A disclosure is found by its id however many its sender has sent since: no lookup goes through a capped list (ADR 0017). */
@IntegrationTest
class OlderDisclosureIT {

    private static final String SENDER = "manager@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void theSenderStillOpensAndWithdrawsADisclosureOlderThanTwoHundredOthers() throws Exception {
        ShareDecisions.Decided decision = new ShareDecisions(mvc, demo).toPolice(SENDER);
        MockHttpSession sender = Browser.signIn(mvc, SENDER);
        UUID police = demo.organisation("Westshire Police").id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
        String location = mvc.perform(post("/disclosures/new").session(sender).with(csrf())
                        .param("decisionId", decision.decisionId().toString())
                        .param("recipient", "team:" + desk)
                        .param("items[0].code", "safeguarding-concern")
                        .param("items[0].include", "true").param("_items[0].include", "on")
                        .param("items[0].content", "Shouting heard at 22:10")
                        .param("items[0].kind", "FACT")
                        .param("_items[0].historical", "on").param("_items[0].notToSubject", "on")
                        .param("protectedIdentities", "")
                        .param("accessUntil.day", "").param("accessUntil.month", "").param("accessUntil.year", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID target = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        // The disclosure sent sixty days ago, and 200 sent by the same person after it, each bound in the ledger as it
        // stands. The 200 went to a team of their own with nobody in it and their access has long ended, so that nobody
        // else's inbox, lists or counts of waiting disclosures change.
        UUID emptyTeam = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, created_at) values (:id, :police, :name, now())")
                .param("id", emptyTeam).param("police", police).param("name", "Older disclosures " + emptyTeam.toString().substring(0, 8)).update();
        List<UUID> seeded = new ArrayList<>(List.of(target));
        jdbc.sql("update disclosure set sent_at = now() - interval '60 days' where id = :id").param("id", target).update();
        List<String> columns = jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = 'disclosure' order by ordinal_position""")
                .query(String.class).list();
        for (int i = 1; i <= 200; i++) {
            UUID copy = UUID.randomUUID();
            List<String> values = columns.stream().map(c -> switch (c) {
                case "id" -> ":copy";
                case "sent_at" -> "now() - interval '60 days' + :minutes * interval '1 minute'";
                case "access_until" -> "current_date - 30";
                case "recipient_team" -> "cast(:team as uuid)";
                case "not_inform_reason_enc", "protected_identities_enc" -> "null";
                default -> c;
            }).toList();
            jdbc.sql("insert into disclosure (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                            + " from disclosure where id = :target")
                    .param("copy", copy).param("minutes", i).param("target", target).param("team", emptyTeam).update();
            seeded.add(copy);
        }
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.DISCLOSURE, seeded);
        assertThat(jdbc.sql("select count(*) from disclosure where sent_by = (select sent_by from disclosure where id = :id) and sent_at > "
                + "(select sent_at from disclosure where id = :id)").param("id", target).query(Integer.class).single()).isGreaterThanOrEqualTo(200);

        mvc.perform(get(location).session(sender)).andExpect(status().isOk()).andExpect(content().string(containsString("You sent this")));
        mvc.perform(get(location + "/withdraw").session(sender)).andExpect(status().isOk());
        mvc.perform(post(location + "/withdraw").session(sender).with(csrf()).param("reason", "Sent to the wrong team"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select withdrawn_at is not null from disclosure where id = :id").param("id", target).query(Boolean.class).single()).isTrue();

        // Nobody else finds it through the sender's lookup.
        MockHttpSession other = Browser.signIn(mvc, "practitioner@westshire-council.example");
        mvc.perform(get(location + "/withdraw").session(other)).andExpect(status().isNotFound());
    }
}

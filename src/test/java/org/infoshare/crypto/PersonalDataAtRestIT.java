package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff identifying details are encrypted at rest: a distinctive name, email, username and job title (the
 * canaries) are searched for in every text and binary column of every table, and never found in clear;
 * yet the person can still sign in by username, found through the keyed blind index.
 */
@IntegrationTest
class PersonalDataAtRestIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffDetailsAppearNowhereInClear() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String displayName = "Zebedee Quillfeather" + tag;
        String username = "zq-canary-" + tag + "@westshire-council.example";
        String email = "zebedee.canary." + tag + "@mailbox.example";
        String jobTitle = "Canary wrangler " + tag;
        String password = "canary-passphrase-" + tag;
        String token = demo.token(DemoPartnership.COUNCIL_ADMIN);

        String created = mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"%s","displayName":"%s","email":"%s","jobTitle":"%s","roles":["PRACTITIONER"],"password":"%s"}"""
                                .formatted(username, displayName, email, jobTitle, password)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(created, "$.id"));
        // Changing the details seals the new values too.
        mvc.perform(put("/api/v1/users/" + id).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"%s","email":"%s","jobTitle":"%s (senior)","roles":["PRACTITIONER"],"version":0}"""
                                .formatted(displayName, email, jobTitle)))
                .andExpect(status().isOk());

        List<String> canaries = List.of(displayName, username, email, jobTitle, "Quillfeather" + tag, "zq-canary-" + tag, "zebedee.canary." + tag);
        List<String> found = findInClear(canaries);

        assertThat(found).as("columns holding a canary in clear").isEmpty();
        // The search does find what is held in clear: a DPO's published name is, by design.
        assertThat(findInClear(List.of("Priya Shah"))).contains("organisation.dpo_name holds 'Priya Shah'");
        assertThat(columnsSearched()).as("the search covers the directory's encrypted columns")
                .contains("app_user.display_name_enc", "app_user.username_enc", "app_user.email_enc", "ledger_entry.details");

        // Still found by username (blind index), and still readable by those allowed to read it.
        mvc.perform(get("/account").session(SignedInSession.of(mvc, username.toUpperCase(), password)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(displayName)));
        mvc.perform(get("/api/v1/users/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.username").value(username));
    }

    /** Every text-like and binary column in every table of the application's schema, as table.column. */
    private List<String> columnsSearched() {
        return columns().stream().map(c -> c.get("table_name") + "." + c.get("column_name")).toList();
    }

    private List<Map<String, Object>> columns() {
        return jdbc.sql("""
                        select c.table_schema, c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where t.table_type = 'BASE TABLE'
                          and c.table_schema not in ('pg_catalog', 'information_schema')
                          and (c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')
                               or c.data_type like 'USER-DEFINED')
                        order by 1, 2, 3""")
                .query().listOfRows();
    }

    private List<String> findInClear(List<String> canaries) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns()) {
            String table = quote(column.get("table_schema")) + "." + quote(column.get("table_name"));
            String name = quote(column.get("column_name"));
            boolean binary = "bytea".equals(column.get("data_type"));
            for (String canary : canaries) {
                for (String variant : List.of(canary, canary.toLowerCase(), canary.toUpperCase())) {
                    String sql = binary
                            ? "select count(*) from " + table + " where position(:needle in " + name + ") > 0"
                            : "select count(*) from " + table + " where " + name + "::text like '%' || :needle || '%'";
                    Object needle = binary ? variant.getBytes(StandardCharsets.UTF_8) : variant;
                    long hits = jdbc.sql(sql).param("needle", needle).query(Long.class).single();
                    if (hits > 0) {
                        found.add(column.get("table_name") + "." + column.get("column_name") + " holds '" + variant + "'");
                    }
                }
            }
        }
        return found;
    }

    private static String quote(Object identifier) {
        return "\"" + identifier.toString().replace("\"", "\"\"") + "\"";
    }
}

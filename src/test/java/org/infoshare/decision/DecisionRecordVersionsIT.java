package org.infoshare.decision;

import org.infoshare.ledger.Ledger;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.subject.Subjects;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Decisions recorded in every schema ever written read and render exactly as they did when they were written:
 * each fixed example is put into the database as a row of its own schema and its page compared, word for word,
 * with the page it rendered then.
 */
@IntegrationTest
class DecisionRecordVersionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired Subjects subjects;
    @Autowired JsonMapper json;
    @Autowired Ledger ledger;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void schema1RecordsRenderAsTheyDidWhenTheyWereWritten() throws Exception {
        rendersAsWritten(1);
    }

    @Test
    void schema2RecordsRenderAsTheyDidWhenTheyWereWritten() throws Exception {
        rendersAsWritten(2);
    }

    private void rendersAsWritten(int schema) throws Exception {
        RecordFixtures fixtures = new RecordFixtures(json, jdbc, cipher, subjects, demo, ledger, transactions);
        MockHttpSession manager = (MockHttpSession) mvc.perform(post("/sign-in").with(csrf())
                        .param("username", DemoPartnership.COUNCIL_MANAGER).param("password", DemoPartnership.PASSWORD))
                .andReturn().getRequest().getSession();
        String token = demo.token(DemoPartnership.COUNCIL_MANAGER);
        List<RecordFixtures.Fixture> all = RecordFixtures.all(json, schema);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        // Every example first, so that a decision and its later reconsideration both stand when either is read.
        java.util.Map<RecordFixtures.Fixture, RecordFixtures.Installed> installedAll = new java.util.LinkedHashMap<>();
        all.forEach(fixture -> installedAll.put(fixture, fixtures.install(fixture)));
        for (RecordFixtures.Fixture fixture : all) {
            RecordFixtures.Installed installed = installedAll.get(fixture);
            assertThat(jdbc.sql("select schema_version from sharing_decision where id = :id").param("id", installed.id()).query(Integer.class).single())
                    .isEqualTo(schema);
            String html = mvc.perform(get("/decisions/" + installed.id()).session(manager)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(RecordFixtures.mainText(html, installed)).as(fixture.name()).isEqualTo(fixture.page());
            mvc.perform(get("/api/v1/decisions/" + installed.id()).header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.schemaVersion").value(schema))
                    .andExpect(jsonPath("$.result.summary").value(RecordFixtures.summaryOf(json, fixture)));
        }
    }
}

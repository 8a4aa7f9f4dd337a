package org.infoshare.rights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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

/** A subject access bundle lists every read of the person's records, however many (ADR 0017). */
@IntegrationTest
class BundleReadsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    @Test
    void aBundleListsMoreThanFiveHundredReads() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID person = UUID.fromString(JsonPath.read(shares.post(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/subjects",
                "{\"reference\":\"BRD-%s\",\"name\":\"Robin Muchread\",\"dateOfBirth\":\"2014-04-04\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 12))), "$.id"));
        UUID council = demo.organisation("Westshire County Council").id();
        // 600 reads of 600 of the person's records, each a line of its own in the bundle.
        jdbc.sql("""
                        insert into record_read (read_at, reader_id, reader_organisation, record_kind, record_id, subject_id, owner_organisation, how)
                        select now() - n * interval '1 second', :reader, :council, 'DECISION', gen_random_uuid(), :person, :council, 'VIEWED'
                        from generate_series(1, 600) n""")
                .param("reader", demo.userId(DemoPartnership.COUNCIL_PRACTITIONER)).param("council", council).param("person", person).update();

        String request = JsonPath.read(shares.post(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/rights/requests", """
                {"kind":"ACCESS","receivedOn":"%s","receivedHow":"LETTER","capacity":"THE_PERSON","requesterName":"Robin Muchread",
                 "requesterContact":"1 Ash Row, Westshire","personName":"Robin Muchread","personDateOfBirth":"2014-04-04",
                 "personReference":null,"details":"Everything you hold about me and who looked at it"}""".formatted(today)), "$.id");
        String base = "/api/v1/rights/requests/" + request;
        shares.post(DemoPartnership.COUNCIL_DPO, base + "/identity", "{\"check\":\"PHOTO_IDENTITY\",\"checkedOn\":\"%s\"}".formatted(today));
        shares.post(DemoPartnership.COUNCIL_DPO, base + "/person", "{\"subjectId\":\"%s\"}".formatted(person));
        shares.post(DemoPartnership.COUNCIL_DPO, base + "/bundle", "");

        String preview = mvc.perform(get(base + "/bundle").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_DPO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> reads = JsonPath.read(preview, "$.content.reads[*]");
        assertThat(reads).hasSizeGreaterThanOrEqualTo(600);
    }
}

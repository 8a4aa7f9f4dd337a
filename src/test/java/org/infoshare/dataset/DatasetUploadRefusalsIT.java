package org.infoshare.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.support.CanaryScan;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.infoshare.dataset.DatasetApiCalls.COUNCIL_ADMIN;
import static org.infoshare.dataset.DatasetApiCalls.COUNCIL_DPO;
import static org.infoshare.dataset.DatasetApiCalls.COUNCIL_EARLY_HELP;
import static org.infoshare.dataset.DatasetApiCalls.COUNCIL_LAPSED;
import static org.infoshare.dataset.DatasetApiCalls.COUNCIL_PRACTITIONER;
import static org.infoshare.dataset.DatasetApiCalls.HEADER;
import static org.infoshare.dataset.DatasetApiCalls.NHS_PRACTITIONER;
import static org.infoshare.dataset.DatasetApiCalls.POLICE_DPO;
import static org.infoshare.dataset.DatasetApiCalls.POLICE_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dataset uploads refused, interrupted, abandoned and repeated through the API and the service: each reports clearly and stores nothing, or publishes once. */
@IntegrationTest
class DatasetUploadRefusalsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired DatasetIngest ingest;

    private static DatasetApiCalls.Agreements agreements;
    private DatasetApiCalls api;
    private UUID agreement;
    private UUID otherAgreement;

    @BeforeEach
    void agreements() throws Exception {
        api = new DatasetApiCalls(mvc, demo, register, directory, jdbc, ledger);
        if (agreements == null) {
            agreements = api.agreements("Dataset refusals agreement");
        }
        agreement = agreements.agreement();
        otherAgreement = agreements.otherAgreement();
    }

    @Test
    void aForbiddenColumnRefusesTheUploadWithAClearReportAndNothingIsStored() throws Exception {
        // The council may not send crime involvement to the police under this agreement.
        String body = "person-ref,date-of-birth,crime-involvement\nC-1,2014-03-27,true\nC-2,2015-04-28,false\n";
        String key = "forbidden-" + UUID.randomUUID();
        String response = api.upload(COUNCIL_PRACTITIONER, agreement, api.police(), body, key, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:dataset-refused"))
                .andExpect(jsonPath("$.errors[0].field").value("crime-involvement"))
                .andExpect(jsonPath("$.errors[0].rule").value("not-allowed-for-recipient"))
                .andExpect(jsonPath("$.errors[0].message", containsString("does not allow 'crime-involvement' to go to this recipient")))
                .andExpect(jsonPath("$.upload.status").value("REFUSED"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(response, "$.upload.id"));
        assertThat(api.blocks(id)).isZero();
        assertThat(jdbc.sql("select count(*) from dataset_upload where id = :id and status = 'PUBLISHED'").param("id", id)
                .query(Integer.class).single()).isZero();
        mvc.perform(api.as(POLICE_DPO, get("/api/v1/datasets/" + id))).andExpect(status().isNotFound());
        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("header,crime-involvement,not-allowed-for-recipient,")));
        assertThat(api.actions(id)).contains("dataset.upload.refused").doesNotContain("dataset.upload.published");

        // The sender may choose to drop it instead: published without it, and the report says so.
        String dropped = api.upload(COUNCIL_PRACTITIONER, agreement, api.police(), body, "drop-" + UUID.randomUUID(), "drop")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.columns[*].name", not(hasItem("crime-involvement"))))
                .andExpect(jsonPath("$.report.columns[?(@.dropped == true)].column", hasItem("crime-involvement")))
                .andReturn().getResponse().getContentAsString();
        UUID droppedId = UUID.fromString(JsonPath.read(dropped, "$.id"));
        String csv = mvc.perform(api.as("practitioner@westshire-police.example", get("/api/v1/datasets/" + droppedId + "/rows.csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("person-ref,date-of-birth\r\n").doesNotContain("true").doesNotContain("false");
    }

    @Test
    void invalidRowsAreReportedByRowColumnAndRuleWithoutTheirValues() throws Exception {
        String body = HEADER + "P-1,,Ava,2014-03-27,true,VICTIM\n,,Ava,31/02/2014,maybe,WITNESS\nP-3,,Leo\n";
        String response = api.upload(POLICE_PRACTITIONER, agreement, api.council(), body, "rows-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.upload.report.problemCount").value(5))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain("31/02/2014").doesNotContain("maybe").doesNotContain("WITNESS");
        UUID id = UUID.fromString(JsonPath.read(response, "$.upload.id"));
        assertThat(api.blocks(id)).isZero();
        String report = mvc.perform(api.as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).startsWith("row,column,rule,message\r\n")
                .contains("2,person-ref,required,")
                .contains("2,date-of-birth,type,\"'date-of-birth' must be a date written YYYY-MM-DD, like 2014-03-27\"")
                .contains("2,crime-involvement,type,")
                .contains("2,victim-or-perpetrator,allowed-values,\"'victim-or-perpetrator' must be one of: VICTIM, PERPETRATOR, BOTH\"")
                .contains("3,,field-count,")
                .doesNotContain("31/02/2014").doesNotContain("maybe").doesNotContain("WITNESS");
    }

    @Test
    void anInterruptedUploadLeavesNothingAndTheRetryPublishesOnce() throws Exception {
        StringBuilder body = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            body.append("P-I").append(i).append(",F-I").append(i / 3).append(",Isla,2010-01-01,false,\n");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        Actor sender = demo.actor(POLICE_PRACTITIONER);
        String key = "interrupted-" + UUID.randomUUID();
        DatasetCommands.Upload command = new DatasetCommands.Upload(agreement, api.council(), DatasetFormat.CSV, ColumnMode.REFUSE, key);
        InputStream failing = new ByteArrayInputStream(bytes) {
            private int served;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (served > bytes.length * 3 / 4) {
                    throw new java.io.UncheckedIOException(new IOException("Connection reset by peer"));
                }
                int n = super.read(b, off, Math.min(len, 4096));
                served += Math.max(n, 0);
                return n;
            }
        };
        DatasetIngest.Result interrupted = ingest.upload(sender, command, failing);
        UUID id = interrupted.upload().id();
        assertThat(interrupted.upload().status()).isEqualTo(UploadStatus.INTERRUPTED);
        assertThat(interrupted.upload().rowsRead()).isGreaterThan(1024 * 3); // blocks had been written before the failure
        assertThat(api.blocks(id)).isZero();
        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id))).andExpect(status().isNotFound());
        assertThat(api.actions(id)).contains("dataset.upload.interrupted");

        // Sent again with the same key, it is published once, as the same upload.
        DatasetIngest.Result retried = ingest.upload(sender, command, new ByteArrayInputStream(bytes));
        assertThat(retried.upload().id()).isEqualTo(id);
        assertThat(retried.replayed()).isFalse();
        assertThat(retried.upload().status()).isEqualTo(UploadStatus.PUBLISHED);
        assertThat(retried.upload().attempts()).isEqualTo(2);
        assertThat(retried.upload().rowCount()).isEqualTo(5000);
        assertThat(api.blocks(id)).isEqualTo(5);
    }

    @Test
    void anAttemptAbandonedByAStoppedProcessIsMarkedInterruptedAndCanBeRetried() throws Exception {
        UUID spec = jdbc.sql("select id from dataset_specification where agreement_id = :a and sender_organisation = :s")
                .param("a", agreement).param("s", api.police()).query(UUID.class).single();
        UUID id = UUID.randomUUID();
        String key = "abandoned-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into dataset_upload (id, specification_id, agreement_id, agreement_version, sender_organisation,
                            recipient_organisation, recipient_team, uploaded_by, idempotency_key, request_fingerprint, format,
                            column_mode, status, received_at)
                        select :id, s.id, s.agreement_id, 1, s.sender_organisation, s.recipient_organisation, s.recipient_team, :by,
                            :key, :fingerprint, 'CSV', 'REFUSE', 'RECEIVING', now() - interval '1 hour'
                        from dataset_specification s where s.id = :spec""")
                .param("id", id).param("by", demo.userId(POLICE_PRACTITIONER)).param("key", key).param("spec", spec)
                .param("fingerprint", agreement + "|" + api.council() + "|CSV|REFUSE")
                .update();
        assertThat(ingest.sweepAbandoned(java.time.Duration.ofMinutes(15))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from dataset_upload where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("INTERRUPTED");
        assertThat(api.actions(id)).contains("dataset.upload.interrupted");
        api.upload(POLICE_PRACTITIONER, agreement, api.council(), HEADER + "P-A1,,Ava,2014-03-27,false,\n", key, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.attempts").value(2));
    }

    @Test
    void aRepeatedUploadWithTheSameKeyReturnsTheSameResultInsteadOfADuplicate() throws Exception {
        String body = HEADER + "P-R1,,Mia,2016-07-08,false,\n";
        String key = "retry-" + UUID.randomUUID();
        String first = api.upload(POLICE_PRACTITIONER, agreement, api.council(), body, key, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn().getResponse().getContentAsString();
        String second = api.upload(POLICE_PRACTITIONER, agreement, api.council(), body, key, null)
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("select count(*) from dataset_upload where idempotency_key = :key").param("key", key)
                .query(Integer.class).single()).isEqualTo(1);
        api.upload(POLICE_PRACTITIONER, agreement, api.council(), body, key, "drop")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("idempotency-key-reused"));
        api.upload(POLICE_PRACTITIONER, agreement, api.council(), body, null, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"));
    }

    @Test
    void jsonLinesArePublishedAndAnUnknownFieldRefusesTheUpload() throws Exception {
        String lines = """
                {"person-ref":"J-1","date-of-birth":"2014-03-27","crime-involvement":true,"victim-or-perpetrator":"victim"}
                {"person-ref":"J-2","date-of-birth":"2015-03-27","crime-involvement":false,"given-name":null}
                """;
        mvc.perform(api.as(POLICE_PRACTITIONER, post("/api/v1/datasets")).param("agreementId", agreement.toString())
                        .param("recipientId", api.council().toString()).header("Idempotency-Key", "j-" + UUID.randomUUID())
                        .contentType("application/x-ndjson").content(lines))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowCount").value(2))
                .andExpect(jsonPath("$.format").value("JSON_LINES"));
        String unknown = lines + "{\"person-ref\":\"J-3\",\"date-of-birth\":\"2015-03-27\",\"crime-involvement\":false,\"notes\":\"Jane said...\"}\n";
        mvc.perform(api.as(POLICE_PRACTITIONER, post("/api/v1/datasets")).param("agreementId", agreement.toString())
                        .param("recipientId", api.council().toString()).header("Idempotency-Key", "j-" + UUID.randomUUID())
                        .contentType("application/x-ndjson").content(unknown))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("not-in-specification"))
                .andExpect(jsonPath("$.errors[0].message", containsString("first met on row 3")))
                .andExpect(jsonPath("$.errors[0].message", not(containsString("Jane"))));
    }

    @Test
    void onlyAnAgreementInForceCarriesDatasetsAndOnlyItsPartiesReceiveThem() throws Exception {
        UUID awaiting = register.between(api.council(), api.police()).stream()
                .filter(t -> t.title().equals("Westshire Family Safeguarding Information Sharing Agreement")).findFirst().orElseThrow().agreementId();
        mvc.perform(api.as(POLICE_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"child","item":"child-identity","type":"TEXT","required":true,"pseudonymise":false}]}"""
                        .formatted(awaiting, api.council(), api.team(api.council(), "Early Help"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].rule", hasItem("in-force")));
        UUID school = demo.organisation("Riverside Academy").id();
        api.upload(POLICE_PRACTITIONER, agreement, school, HEADER, "s-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("recipientOrganisationId"));
        // A specification may not name a column the recipient may not receive.
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"crime","item":"crime-involvement","type":"BOOLEAN","required":true,"pseudonymise":false}]}"""
                        .formatted(otherAgreement, api.police(), api.team(api.police(), "Public Protection Desk"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("columns[0].item"))
                .andExpect(jsonPath("$.errors[0].rule").value("allowed-for-recipient"));
    }
}

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Systematic datasets end to end through the API: publication, need to know, refusals, interruptions, retries, pseudonyms. */
@IntegrationTest
class DatasetIT {

    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String POLICE_PRACTITIONER = "practitioner@westshire-police.example";
    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String COUNCIL_PRACTITIONER = "practitioner@westshire-council.example";
    static final String COUNCIL_EARLY_HELP = "earlyhelp@westshire-council.example";
    static final String COUNCIL_LAPSED = "lapsed@westshire-council.example";
    static final String COUNCIL_ADMIN = "admin@westshire-council.example";
    static final String NHS_PRACTITIONER = "practitioner@westshire-nhs.example";
    static final String HEADER = "person-ref,family-ref,given-name,date-of-birth,crime-involvement,victim-or-perpetrator\n";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired DatasetIngest ingest;
    @Autowired org.infoshare.directory.StaffAdministration staff;
    @Autowired org.infoshare.directory.ApiTokens apiTokens;

    private static UUID agreement;
    private static UUID otherAgreement;
    private final Map<String, String> tokens = new HashMap<>();

    private UUID council() {
        return demo.organisation("Westshire County Council").id();
    }

    private UUID police() {
        return demo.organisation("Westshire Police").id();
    }

    private UUID team(UUID organisation, String name) {
        return directory.teams(organisation).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst().orElseThrow();
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, demo::token);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token(username));
    }

    @BeforeEach
    void agreements() throws Exception {
        if (agreement == null) {
            TestAgreements agreements = new TestAgreements(mvc, demo, register);
            agreement = agreements.activeCopy("Dataset test agreement A");
            otherAgreement = agreements.activeCopy("Dataset test agreement B");
            for (UUID id : List.of(agreement, otherAgreement)) {
                specification(id);
            }
            mvc.perform(as(COUNCIL_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                            {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                             {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":false},
                             {"name":"date-of-birth","item":"date-of-birth","type":"DATE","required":true,"pseudonymise":false}]}"""
                            .formatted(agreement, police(), team(police(), "Public Protection Desk"))))
                    .andExpect(status().isCreated());
        }
    }

    private void specification(UUID agreementId) throws Exception {
        mvc.perform(as(POLICE_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":true,"maxLength":40},
                         {"name":"family-ref","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":true},
                         {"name":"given-name","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":false},
                         {"name":"date-of-birth","item":"date-of-birth","type":"DATE","required":true,"pseudonymise":false},
                         {"name":"crime-involvement","item":"crime-involvement","type":"BOOLEAN","required":true,"pseudonymise":false},
                         {"name":"victim-or-perpetrator","item":"victim-or-perpetrator","type":"CODE","required":false,"pseudonymise":false,
                          "allowedValues":["VICTIM","PERPETRATOR","BOTH"]}]}"""
                        .formatted(agreementId, council(), team(council(), "Children's Social Care – Assessment"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.columns.length()").value(6));
    }

    private ResultActions upload(String username, UUID agreementId, UUID recipient, String body, String key, String columns) throws Exception {
        MockHttpServletRequestBuilder request = as(username, post("/api/v1/datasets"))
                .param("agreementId", agreementId.toString()).param("recipientId", recipient.toString())
                .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (columns != null) {
            request.param("columns", columns);
        }
        return mvc.perform(request);
    }

    private UUID published(String body) throws Exception {
        String response = upload(POLICE_PRACTITIONER, agreement, council(), body, "k-" + UUID.randomUUID(), null)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    private String rows(UUID id, String username) throws Exception {
        return mvc.perform(as(username, get("/api/v1/datasets/" + id + "/rows.csv")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int blocks(UUID uploadId) {
        return jdbc.sql("select count(*) from dataset_block where upload_id = :id").param("id", uploadId).query(Integer.class).single();
    }

    private List<String> actions(UUID id) {
        return ledger.forSubject("dataset", id.toString()).stream().map(LedgerRecord::action).toList();
    }

    /** A partner system takes no training: its token alone lets it send under the agreement. */
    @Test
    void aPartnerSystemUploadsWithItsTokenThoughItHasNoTrainingRecord() throws Exception {
        org.infoshare.shared.Actor admin = demo.actor(COUNCIL_ADMIN);
        org.infoshare.directory.StaffMember system = staff.staff(admin).stream()
                .filter(m -> m.username().equals("case-system@westshire-council.example")).findFirst().orElseThrow();
        assertThat(system.trainingExpiresOn()).isNull();
        String systemToken = apiTokens.issue(admin, system.id(),
                new org.infoshare.directory.DirectoryCommands.IssueToken("nightly upload", LocalDate.now().plusDays(30))).secret();
        mvc.perform(post("/api/v1/datasets").header("Authorization", "Bearer " + systemToken)
                        .param("agreementId", agreement.toString()).param("recipientId", police().toString())
                        .header("Idempotency-Key", "system-" + UUID.randomUUID())
                        .contentType("text/csv").content("person-ref,date-of-birth\nC-0001,2015-06-01\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
    }

    @Test
    void aPublishedDatasetReachesOnlyTheNamedTeamWithPseudonymsAndEveryAccessIsLedgered() throws Exception {
        UUID id = published(HEADER + "P-0001,F-01,Amelia,2014-03-27,yes,victim\nP-0002,F-01,\"Smith, Jo\",1988-01-02,false,\n");

        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/datasets")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.rowCount").value(2))
                .andExpect(jsonPath("$.columns[0].pseudonymised").value(true));
        String csv = rows(id, COUNCIL_PRACTITIONER);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("person-ref,family-ref,given-name,date-of-birth,crime-involvement,victim-or-perpetrator");
        String[] first = lines[1].split(",");
        assertThat(first[0]).matches("[0-9a-f]{32}").doesNotContain("0001");
        assertThat(first[1]).matches("[0-9a-f]{32}");
        assertThat(lines[1]).endsWith(",Amelia,2014-03-27,true,VICTIM");
        assertThat(lines[2].split(",")[1]).isEqualTo(first[1]); // the same family, the same pseudonym
        assertThat(lines[2]).contains("\"Smith, Jo\",1988-01-02,false,");

        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv"))).andExpect(status().isOk());
        assertThat(actions(id)).contains("dataset.upload.published", "dataset.opened", "dataset.downloaded", "dataset.report.downloaded");
        UUID reader = demo.userId(COUNCIL_PRACTITIONER);
        assertThat(ledger.forSubject("dataset", id.toString())).filteredOn(e -> e.action().equals("dataset.downloaded"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo(reader);
                    assertThat(e.details()).containsEntry("rows", "2");
                });
        // The sender's organisation sees who opened it.
        mvc.perform(as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/access")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItem("dataset.downloaded")))
                .andExpect(jsonPath("$[*].actorId", hasItem(reader.toString())));
        // Every member of the team is told something is waiting, and nothing more.
        List<Map<String, Object>> notes = jdbc.sql("select * from notification where link = :link").param("link", "/datasets/" + id)
                .query().listOfRows();
        assertThat(notes).extracting(n -> n.get("recipient_user")).contains(reader);
        assertThat(notes).allSatisfy(n -> assertThat(n.get("waiting")).isEqualTo("DATASET"));
    }

    @Test
    void aColleagueOutsideTheTeamAndEveryoneElseGetNotFoundAndTheAttemptIsRecorded() throws Exception {
        UUID id = published(HEADER + "P-0101,,Noah,2012-05-06,no,\n");
        for (String path : List.of("", "/rows.csv", "/report.csv", "/access")) {
            mvc.perform(as(COUNCIL_EARLY_HELP, get("/api/v1/datasets/" + id + path)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));
            mvc.perform(as(NHS_PRACTITIONER, get("/api/v1/datasets/" + id + path))).andExpect(status().isNotFound());
        }
        mvc.perform(as(COUNCIL_EARLY_HELP, get("/api/v1/datasets"))).andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        // The sender's organisation sees the upload, not the rows: those are for the recipient team.
        mvc.perform(as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id))).andExpect(status().isOk());
        mvc.perform(as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/rows.csv"))).andExpect(status().isNotFound());
        mvc.perform(as(COUNCIL_EARLY_HELP, get("/api/v1/datasets/" + UUID.randomUUID()))).andExpect(status().isNotFound());

        List<LedgerRecord> refused = ledger.forSubject("dataset", id.toString()).stream()
                .filter(e -> e.action().equals("dataset.access-refused")).toList();
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(demo.userId(COUNCIL_EARLY_HELP));
            assertThat(e.details()).containsEntry("reason", "not-in-recipient-team");
        });
        assertThat(refused).anySatisfy(e -> assertThat(e.details()).containsEntry("reason", "other-organisation"));
        assertThat(refused).anySatisfy(e -> assertThat(e.details()).containsEntry("reason", "sender-not-recipient"));
    }

    @Test
    void aForbiddenColumnRefusesTheUploadWithAClearReportAndNothingIsStored() throws Exception {
        // The council may not send crime involvement to the police under this agreement.
        String body = "person-ref,date-of-birth,crime-involvement\nC-1,2014-03-27,true\nC-2,2015-04-28,false\n";
        String key = "forbidden-" + UUID.randomUUID();
        String response = upload(COUNCIL_PRACTITIONER, agreement, police(), body, key, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:dataset-refused"))
                .andExpect(jsonPath("$.errors[0].field").value("crime-involvement"))
                .andExpect(jsonPath("$.errors[0].rule").value("not-allowed-for-recipient"))
                .andExpect(jsonPath("$.errors[0].message", containsString("does not allow 'crime-involvement' to go to this recipient")))
                .andExpect(jsonPath("$.upload.status").value("REFUSED"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(response, "$.upload.id"));
        assertThat(blocks(id)).isZero();
        assertThat(jdbc.sql("select count(*) from dataset_upload where id = :id and status = 'PUBLISHED'").param("id", id)
                .query(Integer.class).single()).isZero();
        mvc.perform(as(POLICE_DPO, get("/api/v1/datasets/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("header,crime-involvement,not-allowed-for-recipient,")));
        assertThat(actions(id)).contains("dataset.upload.refused").doesNotContain("dataset.upload.published");

        // The sender may choose to drop it instead: published without it, and the report says so.
        String dropped = upload(COUNCIL_PRACTITIONER, agreement, police(), body, "drop-" + UUID.randomUUID(), "drop")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.columns[*].name", not(hasItem("crime-involvement"))))
                .andExpect(jsonPath("$.report.columns[?(@.dropped == true)].column", hasItem("crime-involvement")))
                .andReturn().getResponse().getContentAsString();
        UUID droppedId = UUID.fromString(JsonPath.read(dropped, "$.id"));
        String csv = mvc.perform(as("practitioner@westshire-police.example", get("/api/v1/datasets/" + droppedId + "/rows.csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("person-ref,date-of-birth\r\n").doesNotContain("true").doesNotContain("false");
    }

    @Test
    void invalidRowsAreReportedByRowColumnAndRuleWithoutTheirValues() throws Exception {
        String body = HEADER + "P-1,,Ava,2014-03-27,true,VICTIM\n,,Ava,31/02/2014,maybe,WITNESS\nP-3,,Leo\n";
        String response = upload(POLICE_PRACTITIONER, agreement, council(), body, "rows-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.upload.report.problemCount").value(5))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain("31/02/2014").doesNotContain("maybe").doesNotContain("WITNESS");
        UUID id = UUID.fromString(JsonPath.read(response, "$.upload.id"));
        assertThat(blocks(id)).isZero();
        String report = mvc.perform(as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv")))
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
        DatasetCommands.Upload command = new DatasetCommands.Upload(agreement, council(), DatasetFormat.CSV, ColumnMode.REFUSE, key);
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
        assertThat(blocks(id)).isZero();
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id))).andExpect(status().isNotFound());
        assertThat(actions(id)).contains("dataset.upload.interrupted");

        // Sent again with the same key, it is published once, as the same upload.
        DatasetIngest.Result retried = ingest.upload(sender, command, new ByteArrayInputStream(bytes));
        assertThat(retried.upload().id()).isEqualTo(id);
        assertThat(retried.replayed()).isFalse();
        assertThat(retried.upload().status()).isEqualTo(UploadStatus.PUBLISHED);
        assertThat(retried.upload().attempts()).isEqualTo(2);
        assertThat(retried.upload().rowCount()).isEqualTo(5000);
        assertThat(blocks(id)).isEqualTo(5);
    }

    @Test
    void anAttemptAbandonedByAStoppedProcessIsMarkedInterruptedAndCanBeRetried() throws Exception {
        UUID spec = jdbc.sql("select id from dataset_specification where agreement_id = :a and sender_organisation = :s")
                .param("a", agreement).param("s", police()).query(UUID.class).single();
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
                .param("fingerprint", agreement + "|" + council() + "|CSV|REFUSE")
                .update();
        assertThat(ingest.sweepAbandoned(java.time.Duration.ofMinutes(15))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from dataset_upload where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("INTERRUPTED");
        assertThat(actions(id)).contains("dataset.upload.interrupted");
        upload(POLICE_PRACTITIONER, agreement, council(), HEADER + "P-A1,,Ava,2014-03-27,false,\n", key, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.attempts").value(2));
    }

    @Test
    void aRepeatedUploadWithTheSameKeyReturnsTheSameResultInsteadOfADuplicate() throws Exception {
        String body = HEADER + "P-R1,,Mia,2016-07-08,false,\n";
        String key = "retry-" + UUID.randomUUID();
        String first = upload(POLICE_PRACTITIONER, agreement, council(), body, key, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn().getResponse().getContentAsString();
        String second = upload(POLICE_PRACTITIONER, agreement, council(), body, key, null)
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("select count(*) from dataset_upload where idempotency_key = :key").param("key", key)
                .query(Integer.class).single()).isEqualTo(1);
        upload(POLICE_PRACTITIONER, agreement, council(), body, key, "drop")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("idempotency-key-reused"));
        upload(POLICE_PRACTITIONER, agreement, council(), body, null, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"));
    }

    @Test
    void pseudonymsAreStableUnderOneAgreementAndDifferUnderAnother() throws Exception {
        String body = HEADER + "P-STABLE-7,F-STABLE,Ava,2014-03-27,false,\n";
        String a1 = rows(published(body), COUNCIL_PRACTITIONER).split("\r\n")[1];
        String a2 = rows(published(body), COUNCIL_PRACTITIONER).split("\r\n")[1];
        String response = upload(POLICE_PRACTITIONER, otherAgreement, council(), body, "b-" + UUID.randomUUID(), null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String b = rows(UUID.fromString(JsonPath.read(response, "$.id")), COUNCIL_PRACTITIONER).split("\r\n")[1];
        assertThat(a1.split(",")[0]).isEqualTo(a2.split(",")[0]).isNotEqualTo(b.split(",")[0]);
        assertThat(a1.split(",")[1]).isEqualTo(a2.split(",")[1]).isNotEqualTo(b.split(",")[1]);
    }

    @Test
    void aCanaryInADatasetIsNeverInClearInAnyTable() throws Exception {
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        UUID id = published(HEADER + canary + ",F-" + canary + "," + canary + ",2014-03-27,false,\n");
        assertThat(rows(id, COUNCIL_PRACTITIONER)).contains("," + canary + ",").doesNotContain(canary + ",F-");
        assertThat(CanaryScan.columnsScanned(jdbc)).isGreaterThan(50);
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
        // A refused upload's report does not hold it either.
        upload(POLICE_PRACTITIONER, agreement, council(), HEADER + canary + ",,x,not-a-date,false,\n", "c-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent());
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
    }

    @Test
    void lapsedTrainingAndRevokedAccessStopDownloadsAtOnce() throws Exception {
        UUID id = published(HEADER + "P-L1,,Ava,2014-03-27,false,\n");
        mvc.perform(as(COUNCIL_LAPSED, get("/api/v1/datasets/" + id + "/rows.csv")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:training-lapsed"));

        String admin = token(COUNCIL_ADMIN);
        UUID assessment = team(council(), "Children's Social Care – Assessment");
        String created = mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"temp.%s@westshire-council.example","displayName":"Temporary Worker","roles":["PRACTITIONER"],
                                 "teamIds":["%s"],"trainingCompletedOn":"%s","trainingExpiresOn":"%s"}"""
                                .formatted(UUID.randomUUID(), assessment, LocalDate.now().minusDays(10), LocalDate.now().plusYears(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID worker = UUID.fromString(JsonPath.read(created, "$.id"));
        String issued = mvc.perform(post("/api/v1/users/" + worker + "/tokens").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\",\"expiresOn\":\"" + LocalDate.now().plusDays(10) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String workerToken = JsonPath.read(issued, "$.secret");
        mvc.perform(get("/api/v1/datasets/" + id + "/rows.csv").header("Authorization", "Bearer " + workerToken))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/users/" + worker + "/revocation").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/datasets/" + id + "/rows.csv").header("Authorization", "Bearer " + workerToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void jsonLinesArePublishedAndAnUnknownFieldRefusesTheUpload() throws Exception {
        String lines = """
                {"person-ref":"J-1","date-of-birth":"2014-03-27","crime-involvement":true,"victim-or-perpetrator":"victim"}
                {"person-ref":"J-2","date-of-birth":"2015-03-27","crime-involvement":false,"given-name":null}
                """;
        mvc.perform(as(POLICE_PRACTITIONER, post("/api/v1/datasets")).param("agreementId", agreement.toString())
                        .param("recipientId", council().toString()).header("Idempotency-Key", "j-" + UUID.randomUUID())
                        .contentType("application/x-ndjson").content(lines))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowCount").value(2))
                .andExpect(jsonPath("$.format").value("JSON_LINES"));
        String unknown = lines + "{\"person-ref\":\"J-3\",\"date-of-birth\":\"2015-03-27\",\"crime-involvement\":false,\"notes\":\"Jane said...\"}\n";
        mvc.perform(as(POLICE_PRACTITIONER, post("/api/v1/datasets")).param("agreementId", agreement.toString())
                        .param("recipientId", council().toString()).header("Idempotency-Key", "j-" + UUID.randomUUID())
                        .contentType("application/x-ndjson").content(unknown))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("not-in-specification"))
                .andExpect(jsonPath("$.errors[0].message", containsString("first met on row 3")))
                .andExpect(jsonPath("$.errors[0].message", not(containsString("Jane"))));
    }

    @Test
    void onlyAnAgreementInForceCarriesDatasetsAndOnlyItsPartiesReceiveThem() throws Exception {
        UUID awaiting = register.between(council(), police()).stream()
                .filter(t -> t.title().equals("Westshire Family Safeguarding Information Sharing Agreement")).findFirst().orElseThrow().agreementId();
        mvc.perform(as(POLICE_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"child","item":"child-identity","type":"TEXT","required":true,"pseudonymise":false}]}"""
                        .formatted(awaiting, council(), team(council(), "Early Help"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].rule", hasItem("in-force")));
        UUID school = demo.organisation("Riverside Academy").id();
        upload(POLICE_PRACTITIONER, agreement, school, HEADER, "s-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("recipientOrganisationId"));
        // A specification may not name a column the recipient may not receive.
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"crime","item":"crime-involvement","type":"BOOLEAN","required":true,"pseudonymise":false}]}"""
                        .formatted(otherAgreement, police(), team(police(), "Public Protection Desk"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("columns[0].item"))
                .andExpect(jsonPath("$.errors[0].rule").value("allowed-for-recipient"));
    }

}

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

/** Systematic datasets end to end through the API: publication, need to know, pseudonyms, canaries, lapsed and revoked access. */
@IntegrationTest
class DatasetIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired DatasetIngest ingest;
    @Autowired org.infoshare.directory.StaffAdministration staff;
    @Autowired org.infoshare.directory.ApiTokens apiTokens;

    private static DatasetApiCalls.Agreements agreements;
    private DatasetApiCalls api;
    private UUID agreement;
    private UUID otherAgreement;

    @BeforeEach
    void agreements() throws Exception {
        api = new DatasetApiCalls(mvc, demo, register, directory, jdbc, ledger);
        if (agreements == null) {
            agreements = api.agreements("Dataset test agreement");
        }
        agreement = agreements.agreement();
        otherAgreement = agreements.otherAgreement();
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
                        .param("agreementId", agreement.toString()).param("recipientId", api.police().toString())
                        .header("Idempotency-Key", "system-" + UUID.randomUUID())
                        .contentType("text/csv").content("person-ref,date-of-birth\nC-0001,2015-06-01\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
    }

    @Test
    void aPublishedDatasetReachesOnlyTheNamedTeamWithPseudonymsAndEveryAccessIsLedgered() throws Exception {
        UUID id = api.published(agreement, HEADER + "P-0001,F-01,Amelia,2014-03-27,yes,victim\nP-0002,F-01,\"Smith, Jo\",1988-01-02,false,\n");

        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/datasets")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.rowCount").value(2))
                .andExpect(jsonPath("$.columns[0].pseudonymised").value(true));
        String csv = api.rows(id, COUNCIL_PRACTITIONER);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("person-ref,family-ref,given-name,date-of-birth,crime-involvement,victim-or-perpetrator");
        String[] first = lines[1].split(",");
        assertThat(first[0]).matches("[0-9a-f]{32}").doesNotContain("0001");
        assertThat(first[1]).matches("[0-9a-f]{32}");
        assertThat(lines[1]).endsWith(",Amelia,2014-03-27,true,VICTIM");
        assertThat(lines[2].split(",")[1]).isEqualTo(first[1]); // the same family, the same pseudonym
        assertThat(lines[2]).contains("\"Smith, Jo\",1988-01-02,false,");

        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/datasets/" + id + "/report.csv"))).andExpect(status().isOk());
        assertThat(api.actions(id)).contains("dataset.upload.published", "dataset.opened", "dataset.downloaded", "dataset.report.downloaded");
        UUID reader = demo.userId(COUNCIL_PRACTITIONER);
        assertThat(ledger.forSubject("dataset", id.toString())).filteredOn(e -> e.action().equals("dataset.downloaded"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo(reader);
                    assertThat(e.details()).containsEntry("rows", "2");
                });
        // The sender's organisation sees who opened it.
        mvc.perform(api.as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/access")))
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
        UUID id = api.published(agreement, HEADER + "P-0101,,Noah,2012-05-06,no,\n");
        for (String path : List.of("", "/rows.csv", "/report.csv", "/access")) {
            mvc.perform(api.as(COUNCIL_EARLY_HELP, get("/api/v1/datasets/" + id + path)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));
            mvc.perform(api.as(NHS_PRACTITIONER, get("/api/v1/datasets/" + id + path))).andExpect(status().isNotFound());
        }
        mvc.perform(api.as(COUNCIL_EARLY_HELP, get("/api/v1/datasets"))).andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        // The sender's organisation sees the upload, not the rows: those are for the recipient team.
        mvc.perform(api.as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id))).andExpect(status().isOk());
        mvc.perform(api.as(POLICE_PRACTITIONER, get("/api/v1/datasets/" + id + "/rows.csv"))).andExpect(status().isNotFound());
        mvc.perform(api.as(COUNCIL_EARLY_HELP, get("/api/v1/datasets/" + UUID.randomUUID()))).andExpect(status().isNotFound());

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
    void pseudonymsAreStableUnderOneAgreementAndDifferUnderAnother() throws Exception {
        String body = HEADER + "P-STABLE-7,F-STABLE,Ava,2014-03-27,false,\n";
        String a1 = api.rows(api.published(agreement, body), COUNCIL_PRACTITIONER).split("\r\n")[1];
        String a2 = api.rows(api.published(agreement, body), COUNCIL_PRACTITIONER).split("\r\n")[1];
        String response = api.upload(POLICE_PRACTITIONER, otherAgreement, api.council(), body, "b-" + UUID.randomUUID(), null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String b = api.rows(UUID.fromString(JsonPath.read(response, "$.id")), COUNCIL_PRACTITIONER).split("\r\n")[1];
        assertThat(a1.split(",")[0]).isEqualTo(a2.split(",")[0]).isNotEqualTo(b.split(",")[0]);
        assertThat(a1.split(",")[1]).isEqualTo(a2.split(",")[1]).isNotEqualTo(b.split(",")[1]);
    }

    @Test
    void aCanaryInADatasetIsNeverInClearInAnyTable() throws Exception {
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        UUID id = api.published(agreement, HEADER + canary + ",F-" + canary + "," + canary + ",2014-03-27,false,\n");
        assertThat(api.rows(id, COUNCIL_PRACTITIONER)).contains("," + canary + ",").doesNotContain(canary + ",F-");
        assertThat(CanaryScan.columnsScanned(jdbc)).isGreaterThan(50);
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
        // A refused upload's report does not hold it either.
        api.upload(POLICE_PRACTITIONER, agreement, api.council(), HEADER + canary + ",,x,not-a-date,false,\n", "c-" + UUID.randomUUID(), null)
                .andExpect(status().isUnprocessableContent());
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
    }

    @Test
    void lapsedTrainingAndRevokedAccessStopDownloadsAtOnce() throws Exception {
        UUID id = api.published(agreement, HEADER + "P-L1,,Ava,2014-03-27,false,\n");
        mvc.perform(api.as(COUNCIL_LAPSED, get("/api/v1/datasets/" + id + "/rows.csv")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:training-lapsed"));

        String admin = api.token(COUNCIL_ADMIN);
        UUID assessment = api.team(api.council(), "Children's Social Care – Assessment");
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
}

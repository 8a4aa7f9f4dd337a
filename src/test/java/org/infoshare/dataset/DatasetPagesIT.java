package org.infoshare.dataset;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.Browser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The datasets journey in the browser, without JavaScript: upload form streamed, result and report, specifications. */
@IntegrationTest
class DatasetPagesIT {

    static final String BOUNDARY = "----infoshareTestBoundary9f3a";
    static final Pattern ACTION = Pattern.compile("action=\"(/datasets/upload\\?_csrf=[^\"]+)\"");
    static final Pattern ROUTE = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Westshire County Council \\(Early Help\\)");
    static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;

    static String group(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("page has %s", pattern).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    static byte[] multipart(String route, String key, String filename, String file) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"specificationId\"\r\n\r\n" + route + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nCSV\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"columnMode\"\r\n\r\nREFUSE\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"idempotencyKey\"\r\n\r\n" + key + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n--" + BOUNDARY + "--\r\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPersonUploadsWithoutJavaScriptAndTheRecipientTeamDownloads() throws Exception {
        MockHttpSession police = Browser.signIn(mvc, "practitioner@westshire-police.example");
        String form = mvc.perform(get("/datasets/upload").session(police))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andReturn().getResponse().getContentAsString();
        String action = group(ACTION, form);
        String route = group(ROUTE, form);
        String key = group(KEY, form);
        String file = "person-ref,family-ref,date-of-birth,crime-involvement,crime-quarter,victim-or-perpetrator\n"
                + "WP-UI-1,WF-UI,2012-02-02,true,2026-Q1,VICTIM\n";
        String location = mvc.perform(post(action).session(police).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, key, "rows.csv", file)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/datasets/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(police))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Published")))
                .andExpect(content().string(containsString("Download the report")));
        // Sent again (a double click, a browser retry): the same dataset, not a second one.
        mvc.perform(post(action).session(police).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, key, "rows.csv", file)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(location));

        MockHttpSession earlyHelp = Browser.signIn(mvc, "earlyhelp@westshire-council.example");
        mvc.perform(get("/datasets").session(earlyHelp)).andExpect(status().isOk()).andExpect(content().string(containsString(location)));
        mvc.perform(get(location).session(earlyHelp))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download the dataset (CSV)")));
        String csv = mvc.perform(get(location + "/rows.csv").session(earlyHelp))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("person-ref,family-ref,date-of-birth").doesNotContain("WP-UI-1").contains("2012-02-02,true,2026-Q1,VICTIM");
        // The sender sees the access history.
        mvc.perform(get(location).session(police)).andExpect(content().string(containsString("Downloaded the rows")));

        MockHttpSession socialWorker = Browser.signIn(mvc, "practitioner@westshire-council.example");
        mvc.perform(get(location).session(socialWorker)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/rows.csv").session(socialWorker)).andExpect(status().isNotFound());
    }

    @Test
    void theScriptGetsJsonAndProblemsComeBackOnTheForm() throws Exception {
        MockHttpSession police = Browser.signIn(mvc, "practitioner@westshire-police.example");
        String form = mvc.perform(get("/datasets/upload").session(police)).andReturn().getResponse().getContentAsString();
        String action = group(ACTION, form);
        String route = group(ROUTE, form);
        String file = "person-ref,family-ref,date-of-birth,crime-involvement\nWP-UI-2,WF-UI,2012-02-02,false\n";
        mvc.perform(post("/datasets/upload").session(police).with(csrf().asHeader()).header("Accept", "application/json")
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, "js-" + UUID.randomUUID(), "rows.csv", file)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.location", containsString("/datasets/")));

        // No file chosen: the form again, with the problem beside the file input, and nothing recorded.
        int before = jdbc.sql("select count(*) from dataset_upload").query(Integer.class).single();
        mvc.perform(post(action).session(police).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, "none-" + UUID.randomUUID(), "", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("Select the file to upload")));
        assertThat(jdbc.sql("select count(*) from dataset_upload").query(Integer.class).single()).isEqualTo(before);

        // A refused file: the result page shows the report.
        String location = mvc.perform(post(action).session(police).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, "bad-" + UUID.randomUUID(), "rows.csv",
                                "person-ref,family-ref,date-of-birth,crime-involvement\nWP-UI-3,WF,yesterday,false\n")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(police))
                .andExpect(content().string(containsString("Upload refused")))
                .andExpect(content().string(containsString("must be a date written YYYY-MM-DD")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("yesterday"))));

        // Without the CSRF token the upload is refused before anything is read.
        mvc.perform(post("/datasets/upload").session(police).contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(multipart(route, "csrf-" + UUID.randomUUID(), "rows.csv", file)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDataProtectionOfficerSetsUpASpecificationInTheBrowser() throws Exception {
        UUID agreement = new TestAgreements(mvc, demo, register).activeCopy("Dataset pages agreement");
        UUID council = demo.organisation("Westshire County Council").id();
        UUID team = directory.teams(council).stream().filter(t -> t.name().equals("Adult Social Care")).map(Team::id).findFirst().orElseThrow();
        MockHttpSession dpo = Browser.signIn(mvc, "dpo@westshire-police.example");
        mvc.perform(get("/datasets/specifications/new").session(dpo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dataset pages agreement")));
        mvc.perform(post("/datasets/specifications/new").session(dpo).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the agreement")));
        var created = mvc.perform(post("/datasets/specifications/new").session(dpo).with(csrf())
                        .param("agreementId", agreement.toString()).param("recipientOrganisationId", council.toString())
                        .param("recipientTeamId", team.toString())).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        mvc.perform(post(location + "/columns").session(dpo).with(csrf())
                        .param("name", "crime").param("item", "crime-involvement").param("type", "DATE")
                        .param("required", "yes").param("pseudonymise", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only text and whole-number identifiers can be pseudonymised")))
                .andExpect(content().string(containsString("href=\"#pseudonymise\"")));
        mvc.perform(post(location + "/columns").session(dpo).with(csrf())
                        .param("name", "person-ref").param("item", "name-and-contact-details").param("type", "TEXT")
                        .param("required", "yes").param("pseudonymise", "yes").param("maxLength", "20"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(dpo))
                .andExpect(content().string(containsString("person-ref")))
                .andExpect(content().string(containsString("Adult Social Care")));
        String spec = mvc.perform(get("/api/v1/dataset-specifications/" + location.substring(location.lastIndexOf('/') + 1))
                        .header("Authorization", "Bearer " + demo.token("dpo@westshire-police.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(spec, "$.columns.length()")).isEqualTo(1);
        mvc.perform(post(location + "/columns/0/remove").session(dpo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(dpo)).andExpect(content().string(containsString("No columns yet")));
        // The council, as recipient, reads the specification but cannot change it.
        MockHttpSession councilDpo = Browser.signIn(mvc, "dpo@westshire-council.example");
        mvc.perform(get(location).session(councilDpo)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add a column"))));
    }
}

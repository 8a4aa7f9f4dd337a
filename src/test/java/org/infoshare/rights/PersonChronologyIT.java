package org.infoshare.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.NotToldReason;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person's chronology gathers what every module recorded about them, newest first, each entry linking to its record:
 * rights requests, corrections, whether they were told, inaccuracies reported and the notices that pass them on,
 * requests received, and disclosures received about the same NHS number (ADR 0018). Each entry is shown only to whom
 * its record is open, and another organisation's practitioner finds neither the person nor their chronology.
 */
@IntegrationTest
class PersonChronologyIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired Informing informing;

    @Test
    void everyRecordAboutThePersonIsInTheirChronologyNewestFirstForWhomItIsOpen() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String nhs = nhsNumber(new Random(20261206L));
        UUID child = person(RightsFixtures.SOCIAL_WORKER, "Rowan Chronology", nhs);
        UUID atPolice = person(RightsFixtures.OFFICER, "Rowan Chronology", nhs);
        UUID unnumbered = person(RightsFixtures.OFFICER, "Rowan Chronology", null);
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();

        UUID disclosure = fixtures.disclose(child, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Rowan missed school on 3 March", false), "");
        UUID untold = informing.record(fixtures.actor(RightsFixtures.SOCIAL_WORKER), new InformingCommands.RecordInforming(child, disclosure,
                false, null, null, null, NotToldReason.WOULD_PREJUDICE_INVESTIGATION, null)).id();
        UUID accessRequest = fixtures.confirmed(RightKind.ACCESS, child).id();
        UUID report = UUID.fromString(JsonPath.read(send(RightsFixtures.OFFICER, "/api/v1/rights/quality-reports", """
                {"disclosureId":"%s","itemCode":"safeguarding-concern","whatIsWrong":"It was the 13th"}""".formatted(disclosure)), "$.id"));
        send(RightsFixtures.COUNCIL_DPO, "/api/v1/rights/quality-reports/" + report + "/correction", """
                {"disclosureId":"%s","itemCode":"safeguarding-concern","content":"Rowan missed school on 13 March","why":"The register shows the 13th"}"""
                .formatted(disclosure));
        UUID asked = UUID.fromString(JsonPath.read(send(RightsFixtures.OFFICER, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"URGENT","items":["address"],"reason":"Strategy discussion tomorrow"}""".formatted(atPolice, council)), "$.id"));

        // The council's practitioner: what was shared and decided, whether the child was told, and the police's request.
        List<Map<String, Object>> practitioner = history(RightsFixtures.SOCIAL_WORKER, child);
        assertThat(hrefs(practitioner)).contains("/disclosures/" + disclosure, "/rights/informing/records/" + untold, "/requests/" + asked)
                .doesNotContain("/rights/requests/" + accessRequest, "/rights/quality/" + report);
        assertThat(summary(practitioner, "/rights/informing/records/" + untold))
                .isEqualTo("Not told about a share, because telling them would prejudice a police or safeguarding investigation");
        assertThat(summary(practitioner, "/requests/" + asked)).isEqualTo("Urgent: Westshire Police asked for information (awaiting your answer)");
        assertNewestFirstOnThePage(RightsFixtures.SOCIAL_WORKER, child, practitioner);

        // The council's DPO also sees the rights request, the reported inaccuracy and its correction.
        List<Map<String, Object>> dpo = history(RightsFixtures.COUNCIL_DPO, child);
        assertThat(hrefs(dpo)).contains("/rights/requests/" + accessRequest, "/rights/quality/" + report);
        assertThat(summaries(dpo)).contains("Westshire Police reported an item shared about them as inaccurate (corrected)",
                "An item shared about them was corrected after it was reported inaccurate");
        assertThat(summary(dpo, "/rights/requests/" + accessRequest)).endsWith(": a copy of their information (subject access) (open)");
        assertThat(kinds(dpo)).contains("Notice received", "Rights request", "Correction", "Inaccuracy reported");
        assertNewestFirstOnThePage(RightsFixtures.COUNCIL_DPO, child, dpo);

        // The police officer's own record of the child, by the same NHS number: the disclosure they received and their report.
        List<Map<String, Object>> officer = history(RightsFixtures.OFFICER, atPolice);
        assertThat(summary(officer, "/disclosures/" + disclosure)).isEqualTo("Received 1 item from Westshire County Council (not opened yet)");
        assertThat(summary(officer, "/rights/quality/" + report))
                .isEqualTo("Reported an item received from Westshire County Council as inaccurate (corrected)");
        assertThat(hrefs(officer)).contains("/requests/" + asked).doesNotContain("/rights/informing/records/" + untold);
        assertNewestFirstOnThePage(RightsFixtures.OFFICER, atPolice, officer);
        // Without an NHS number nothing received is taken to be about them.
        assertThat(hrefs(history(RightsFixtures.OFFICER, unnumbered))).isEmpty();

        // Another organisation's practitioner finds neither the person, their chronology nor the record of telling them.
        for (String outsider : List.of(RightsFixtures.HEALTH_VISITOR, RightsFixtures.OFFICER)) {
            assertThat(status(get("/api/v1/subjects/" + child + "/history").header("Authorization", "Bearer " + demo.token(outsider))))
                    .isEqualTo(404);
            assertThat(status(get("/people/" + child).session(SignedInSession.of(mvc, outsider)))).isEqualTo(404);
            assertThat(status(get("/rights/informing/records/" + untold).session(SignedInSession.of(mvc, outsider)))).isEqualTo(404);
        }
        assertThat(status(get("/api/v1/subjects/" + atPolice + "/history").header("Authorization", "Bearer " + demo.token(RightsFixtures.HEALTH_VISITOR))))
                .isEqualTo(404);

        MockHttpSession socialWorker = SignedInSession.of(mvc, RightsFixtures.SOCIAL_WORKER);
        String record = mvc.perform(get("/rights/informing/records/" + untold).session(socialWorker)).andReturn().getResponse().getContentAsString();
        assertThat(record).contains("They were not told their information was shared")
                .contains("Telling them would prejudice a police or safeguarding investigation").contains("/disclosures/" + disclosure);
    }

    private void assertNewestFirstOnThePage(String user, UUID person, List<Map<String, Object>> history) throws Exception {
        List<Instant> times = history.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String page = mvc.perform(get("/people/" + person).session(SignedInSession.of(mvc, user))).andReturn().getResponse().getContentAsString();
        int last = -1;
        for (Map<String, Object> entry : history) {
            String link = "href=\"" + entry.get("href") + "\">" + HtmlUtils.htmlEscape((String) entry.get("summary"));
            int at = page.indexOf(link, last + 1);
            assertThat(at).as("%s after the entry before it", link).isGreaterThan(last);
            last = at;
        }
    }

    private List<Map<String, Object>> history(String user, UUID person) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/subjects/" + person + "/history").header("Authorization", "Bearer " + demo.token(user)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(result.getResponse().getContentAsString(), "$");
    }

    private static List<String> hrefs(List<Map<String, Object>> history) {
        return history.stream().map(e -> (String) e.get("href")).toList();
    }

    private static List<String> summaries(List<Map<String, Object>> history) {
        return history.stream().map(e -> (String) e.get("summary")).toList();
    }

    private static List<String> kinds(List<Map<String, Object>> history) {
        return history.stream().map(e -> (String) e.get("kind")).toList();
    }

    private static String summary(List<Map<String, Object>> history, String href) {
        List<String> found = history.stream().filter(e -> href.equals(e.get("href"))).map(e -> (String) e.get("summary")).toList();
        assertThat(found).as("the entry linking to %s", href).hasSize(1);
        return found.get(0);
    }

    private UUID person(String user, String name, String nhs) throws Exception {
        return UUID.fromString(JsonPath.read(send(user, "/api/v1/subjects", """
                {"reference":"CHR-%s","name":"%s","dateOfBirth":"2015-03-14","nhsNumber":%s,"confirmedDifferent":true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), name, nhs == null ? "null" : "\"" + nhs + "\"")), "$.id"));
    }

    private String send(String user, String path, String body) throws Exception {
        MvcResult result = mvc.perform(post(path).header("Authorization", "Bearer " + demo.token(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return result.getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** A valid NHS number: nine digits and their modulus 11 check digit (one that would be 10 is drawn again). */
    static String nhsNumber(Random random) {
        while (true) {
            List<Integer> digits = new ArrayList<>();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                digits.add(d);
                sum += d * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits.add(check == 11 ? 0 : check);
            StringBuilder number = new StringBuilder();
            digits.forEach(number::append);
            return number.toString();
        }
    }
}

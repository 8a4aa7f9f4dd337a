package org.infoshare.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who has looked at a person's information (ADR 0080): the reads of the records an organisation holds about them, by
 * anyone, for that organisation's overseers only; paged and filtered on the server; bad input refused naming the field.
 */
@IntegrationTest
class WhoLookedIT {

    private static final String DPO = DemoPartnership.COUNCIL_DPO;
    private static final String WORKER = DemoPartnership.COUNCIL_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;

    private ShareDecisions shares;
    private ShareDecisions.Decided decided;
    private UUID police;

    @BeforeEach
    void readsByThreePeopleOfTwoOrganisations() throws Exception {
        shares = new ShareDecisions(mvc, demo);
        police = demo.organisation("Westshire Police").id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).findFirst().orElseThrow().id();
        decided = shares.toPolice(WORKER);
        String disclosure = JsonPath.read(shares.post(WORKER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","items":[{"code":"address","content":"2 Look Street","kind":"FACT",
                 "historical":false,"notToSubject":false}]}""".formatted(decided.decisionId(), desk)), "$.id");
        status(WORKER, "/api/v1/subjects/" + decided.subjectId() + "/history", 200);
        status(DemoPartnership.COUNCIL_MANAGER, "/api/v1/decisions/" + decided.decisionId(), 200);
        status(DemoPartnership.POLICE_PRACTITIONER, "/api/v1/disclosures/" + disclosure, 200);
    }

    @Test
    void theOrganisationsOverseersSeeEveryReadOfItsRecordsByAnyoneNewestFirst() throws Exception {
        String body = api(DPO, "");
        List<String> kinds = JsonPath.read(body, "$.items[*].kind");
        assertThat(kinds).contains("PERSON", "DECISION", "DISCLOSURE");
        List<String> readers = JsonPath.read(body, "$.items[*].reader");
        assertThat(readers).contains("Sam Okafor", "Jo Reid", "DC Aisha Khan").doesNotContain(WORKER);
        List<String> organisations = JsonPath.read(body, "$.items[?(@.kind == 'DISCLOSURE')].readerOrganisation");
        assertThat(organisations).containsOnly("Westshire Police");
        List<String> times = JsonPath.read(body, "$.items[*].at");
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        List<String> paths = JsonPath.read(body, "$.items[?(@.kind == 'DECISION')].path");
        assertThat(paths).containsOnly("/decisions/" + decided.decisionId());
        assertThat((String) JsonPath.read(body, "$.name")).isEqualTo(ShareDecisions.SUBJECT_NAME);

        // Looking is itself recorded, and shows the next time.
        List<String> again = JsonPath.read(api(DemoPartnership.COUNCIL_AUDITOR, "?kind=READS"), "$.items[*].reader");
        assertThat(again).containsExactly("Priya Shah");
        status("caldicott@westshire-council.example", "/api/v1/subjects/" + decided.subjectId() + "/reads", 200);
    }

    @Test
    void pagedWithTotalsAndFilteredByOrganisationKindAndDays() throws Exception {
        String all = api(DPO, "?size=100");
        int everything = JsonPath.read(all, "$.total");
        assertThat(everything).isGreaterThanOrEqualTo(3);
        String first = api(DPO, "?size=1");
        assertThat((List<?>) JsonPath.read(first, "$.items")).hasSize(1);
        assertThat((Integer) JsonPath.read(first, "$.size")).isEqualTo(1);
        String second = api(DPO, "?size=1&page=2");
        assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(second, "$.total")).isGreaterThanOrEqualTo(everything);

        String byPolice = api(DPO, "?organisation=" + police);
        assertThat((Integer) JsonPath.read(byPolice, "$.total")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(byPolice, "$.items[*].kind")).containsExactly("DISCLOSURE");
        String decisions = api(DPO, "?kind=decision");
        assertThat((List<String>) JsonPath.read(decisions, "$.items[*].reader")).containsExactly("Jo Reid");

        LocalDate day = LocalDate.ofInstant(Instant.parse(JsonPath.read(all, "$.items[0].at")), UkCalendar.ZONE);
        assertThat((Integer) JsonPath.read(api(DPO, "?kind=DISCLOSURE&from=" + day + "&to=" + day), "$.total")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(api(DPO, "?to=" + day.minusDays(1)), "$.total")).isZero();
        assertThat((Integer) JsonPath.read(api(DPO, "?from=" + day.plusDays(1)), "$.total")).isZero();
    }

    @Test
    void anotherOrganisationsOverseerFindsNothingAndPractitionersAreRefused() throws Exception {
        String path = "/api/v1/subjects/" + decided.subjectId() + "/reads";
        MvcResult foreign = status("dpo@westshire-police.example", path, 404);
        MvcResult missing = status("dpo@westshire-police.example", "/api/v1/subjects/" + UUID.randomUUID() + "/reads", 404);
        assertThat(withoutInstance(foreign)).isEqualTo(withoutInstance(missing));
        status("dpo@westshire-police.example", "/people/" + decided.subjectId() + "/reads", 404);
        status(WORKER, path, 403);
        status(DemoPartnership.COUNCIL_MANAGER, path, 403);
        status(WORKER, "/people/" + decided.subjectId() + "/reads", 403);
        status(DemoPartnership.POLICE_PRACTITIONER, path, 403);
    }

    @Test
    void badParametersAreRefusedNamingTheField() throws Exception {
        String path = "/api/v1/subjects/" + decided.subjectId() + "/reads";
        assertThat(problemField(status(DPO, path + "?size=0", 422))).isEqualTo("size");
        assertThat(problemField(status(DPO, path + "?size=101", 422))).isEqualTo("size");
        assertThat(problemField(status(DPO, path + "?page=0", 422))).isEqualTo("page");
        assertThat(status(DPO, path + "?page=two", 400).getResponse().getContentAsString()).contains("page");
        assertThat(problemField(status(DPO, path + "?kind=GOSSIP", 422))).isEqualTo("kind");
        assertThat(status(DPO, path + "?from=2026-13-01", 400).getResponse().getContentAsString()).contains("from");
        assertThat(problemField(status(DPO, path + "?from=2026-11-02&to=2026-11-01", 422))).isEqualTo("to");
        assertThat(status(DPO, path + "?organisation=nobody", 400).getResponse().getContentAsString()).contains("organisation");

        String page = status(DPO, "/people/" + decided.subjectId() + "/reads?kind=GOSSIP&from.day=31&from.month=2&from.year=2026", 200)
                .getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "Kind of record must be one of", "#kind", "#from");
        String shown = status(DPO, "/people/" + decided.subjectId() + "/reads", 200).getResponse().getContentAsString();
        assertThat(shown).contains("Who has looked at " + ShareDecisions.SUBJECT_NAME + "’s information", "Sam Okafor", "Westshire Police",
                "/decisions/" + decided.decisionId());
        assertThat(status(DPO, "/people/" + decided.subjectId(), 200).getResponse().getContentAsString())
                .contains("/people/" + decided.subjectId() + "/reads");
        assertThat(status(WORKER, "/people/" + decided.subjectId(), 200).getResponse().getContentAsString())
                .doesNotContain("/people/" + decided.subjectId() + "/reads");
    }

    private String api(String user, String query) throws Exception {
        return status(user, "/api/v1/subjects/" + decided.subjectId() + "/reads" + query, 200).getResponse().getContentAsString();
    }

    private MvcResult status(String user, String path, int expected) throws Exception {
        var request = path.startsWith("/api/") ? get(path).header("Authorization", "Bearer " + demo.token(user))
                : get(path).session(SignedInSession.of(mvc, user));
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " as " + user + ": " + result.getResponse().getContentAsString()).isEqualTo(expected);
        return result;
    }

    private static String problemField(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.errors[0].field");
    }

    private static String withoutInstance(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}

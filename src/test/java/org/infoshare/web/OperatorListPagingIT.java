package org.infoshare.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.StaffMember;
import org.infoshare.directory.Team;
import org.infoshare.shared.Role;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ListCalls;
import org.infoshare.support.RowCounts;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignInAccounts;
import org.infoshare.support.SignedInSession;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The oversight and operations lists page and filter on the server (ADR 0017): the break-glass log, the disposal
 * certificates, the consent withdrawal notices received and delivered, and the linkage runs. Pages hold the next rows
 * with none repeated, totals count every match, each filter narrows, page links keep the filter, another organisation
 * sees none of them, and a bad parameter is refused naming it and changes nothing. Rows are seeded on days of 2019
 * (or in organisations of their own), so no other test's first page moves; each list is read through that window.
 */
@IntegrationTest
class OperatorListPagingIT {

    private static final String NURSE = DemoPartnership.NHS_PRACTITIONER;
    private static final String NHS_DPO = "dpo@westshire-nhs.example";
    private static final String ANALYST = "adults@westshire-council.example";
    private static final Map<String, String> WINDOW = Map.of("from", "2019-01-01", "to", "2019-12-31");
    private static final OffsetDateTime LATEST = OffsetDateTime.of(2019, 6, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired SignInAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;

    @Test
    void theBreakGlassLogPagesNewestFirstAndNarrowsByPersonReasonAndDay() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String refA = "BG-" + UUID.randomUUID().toString().substring(0, 12);
        String refB = "BG-" + UUID.randomUUID().toString().substring(0, 12);
        UUID a = subject(shares, refA);
        UUID b = subject(shares, refB);
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        List<String> newestFirst = new ArrayList<>();
        List<String> ofB = new ArrayList<>();
        List<String> outOfHours = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            UUID id = UUID.randomUUID();
            UUID subject = i % 4 == 0 ? b : a;
            String reason = i % 3 == 0 ? "OUT_OF_HOURS" : "NEW_REFERRAL";
            OffsetDateTime opened = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into break_glass (id, organisation_id, subject_id, user_id, reason, explanation_enc, opened_at, until)
                            values (:id, :organisation, :subject, :user, :reason, :explanation, :opened, :until)""")
                    .param("id", id).param("organisation", nhs).param("subject", subject).param("user", demo.userId(NURSE))
                    .param("reason", reason).param("opened", opened).param("until", opened.plusHours(24))
                    .param("explanation", cipher.encryptText(KeyScope.subject(subject), "Covering the duty desk tonight",
                            "break_glass.explanation_enc:" + id)).update();
            newestFirst.add(id.toString());
            (subject.equals(b) ? ofB : new ArrayList<String>()).add(id.toString());
            (reason.equals("OUT_OF_HOURS") ? outOfHours : new ArrayList<String>()).add(id.toString());
        }
        String dpo = demo.token(NHS_DPO);
        String path = "/api/v1/break-glass";
        pagesWithoutRepeats(dpo, path, newestFirst, "$[*].id");
        assertThat(ids(api(dpo, path, with("person", refB)))).containsExactlyElementsOf(ofB);
        assertThat(ids(api(dpo, path, with("status", "out_of_hours")))).containsExactlyElementsOf(outOfHours);
        assertThat(ids(api(dpo, path, Map.of("from", "2019-06-29", "to", "2019-06-30")))).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(ids(api(dpo, path, with("person", "NOBODY-" + refA)))).isEmpty();
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_DPO), path, WINDOW))).doesNotContainAnyElementsOf(newestFirst);

        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        assertThat(ListCalls.page(mvc, session, "/break-glass", with(window(), "status", "NEW_REFERRAL"))).contains("Filter the log")
                .contains("Showing 1 to 18 of 18").contains(refA).doesNotContain("govuk-pagination__list");
        assertThat(ListCalls.page(mvc, session, "/break-glass", window())).contains("Showing 1 to 25 of 28")
                .containsPattern("href=\"/break-glass\\?[^\"]*from.year=2019[^\"]*page=2\"");
        assertThat(ListCalls.page(mvc, session, "/break-glass", with(window(), "page", "2"))).contains("Showing 26 to 28 of 28");
        assertThat(ListCalls.page(mvc, SignedInSession.of(mvc, DemoPartnership.COUNCIL_DPO), "/break-glass", window()))
                .doesNotContain(refA).doesNotContain(refB);
        refusesBadParameters(dpo, path, session, "/break-glass", "Reason must be one of");
    }

    @Test
    void theDisposalCertificatesPageLatestFirstAndNarrowByWhatStartedTheRunAndDay() throws Exception {
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        List<String> newestFirst = new ArrayList<>();
        List<String> erasures = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            UUID run = UUID.randomUUID();
            String trigger = i % 5 == 0 ? "ERASURE" : "SCHEDULED";
            OffsetDateTime started = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into disposal_run (id, organisation_id, trigger, status, started_at, finished_at)
                            values (:id, :organisation, :trigger, 'FINISHED', :started, :finished)""")
                    .param("id", run).param("organisation", nhs).param("trigger", trigger).param("started", started)
                    .param("finished", started.plusMinutes(1)).update();
            jdbc.sql("""
                            insert into disposal_certificate (run_id, organisation_id, issued_at, lines, held, keys_destroyed, digest)
                            values (:id, :organisation, :issued, cast('[]' as jsonb), 0, 0, :digest)""")
                    .param("id", run).param("organisation", nhs).param("issued", started.plusMinutes(1)).param("digest", new byte[32]).update();
            newestFirst.add(run.toString());
            (trigger.equals("ERASURE") ? erasures : new ArrayList<String>()).add(run.toString());
        }
        String dpo = demo.token(NHS_DPO);
        String path = "/api/v1/retention/disposal/runs";
        pagesWithoutRepeats(dpo, path, newestFirst, "$[*].runId");
        assertThat(ListCalls.ids(api(dpo, path, with("status", "ERASURE")), "$[*].runId")).containsExactlyElementsOf(erasures);
        assertThat(ListCalls.ids(api(dpo, path, Map.of("from", "2019-06-28", "to", "2019-06-29")), "$[*].runId"))
                .containsExactlyElementsOf(newestFirst.subList(1, 3));
        assertThat(ListCalls.ids(api(demo.token(DemoPartnership.COUNCIL_DPO), path, WINDOW), "$[*].runId")).doesNotContainAnyElementsOf(newestFirst);

        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        assertThat(ListCalls.page(mvc, session, "/retention/disposal", window())).contains("Filter the certificates")
                .contains("Showing 1 to 25 of 27").contains("/retention/disposal/runs/" + newestFirst.get(0))
                .doesNotContain("/retention/disposal/runs/" + newestFirst.get(26))
                .containsPattern("href=\"/retention/disposal\\?[^\"]*from.year=2019[^\"]*page=2\"");
        assertThat(ListCalls.page(mvc, session, "/retention/disposal", with(window(), "status", "ERASURE"))).contains("Showing 1 to 6 of 6");
        refusesBadParameters(dpo, path, session, "/retention/disposal", "Started by must be one of");
    }

    @Test
    void legalHoldsPageLatestFirstAndNarrowByStatusPersonAndDay() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String refA = "LH-" + UUID.randomUUID().toString().substring(0, 12);
        String refB = "LH-" + UUID.randomUUID().toString().substring(0, 12);
        UUID a = subject(shares, refA);
        UUID b = subject(shares, refB);
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        List<String> newestFirst = new ArrayList<>();
        List<String> active = new ArrayList<>();
        List<String> lifted = new ArrayList<>();
        List<String> ofB = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            UUID id = UUID.randomUUID();
            UUID subject = i % 4 == 0 ? b : a;
            boolean isLifted = i % 3 == 0;
            OffsetDateTime placed = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into legal_hold (id, organisation_id, subject_id, reason_enc, placed_at, placed_by, lifted_at, lifted_by, lift_reason_enc)
                            values (:id, :organisation, :subject, :reason, :placed, :by, :lifted, :liftedBy, :liftReason)""")
                    .param("id", id).param("organisation", nhs).param("subject", subject).param("placed", placed)
                    .param("reason", cipher.encryptText(KeyScope.organisation(nhs), "A claim is expected", "legal_hold.reason_enc:" + id))
                    .param("by", demo.userId(NHS_DPO)).param("lifted", isLifted ? placed.plusDays(1) : null)
                    .param("liftedBy", isLifted ? demo.userId(NHS_DPO) : null)
                    .param("liftReason", isLifted ? cipher.encryptText(KeyScope.organisation(nhs), "The claim was settled",
                            "legal_hold.lift_reason_enc:" + id) : null)
                    .update();
            newestFirst.add(id.toString());
            (isLifted ? lifted : active).add(id.toString());
            (subject.equals(b) ? ofB : new ArrayList<String>()).add(id.toString());
        }
        String dpo = demo.token(NHS_DPO);
        String path = "/api/v1/retention/holds";
        pagesWithoutRepeats(dpo, path, newestFirst, "$[*].id", with("all", "true"));
        assertThat(ids(api(dpo, path, WINDOW))).as("those in force unless all are asked for").containsExactlyElementsOf(active);
        assertThat(ids(api(dpo, path, with("status", "LIFTED")))).containsExactlyElementsOf(lifted);
        assertThat(ids(api(dpo, path, with("all", "true", "person", refB)))).containsExactlyElementsOf(ofB);
        assertThat(ids(api(dpo, path, Map.of("all", "true", "from", "2019-06-30", "to", "2019-06-30")))).containsExactly(newestFirst.get(0));
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_DPO), path, with("all", "true")))).doesNotContainAnyElementsOf(newestFirst);

        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        assertThat(ListCalls.page(mvc, session, "/retention/holds", window())).contains("Filter the holds").contains("Showing 1 to 25 of 27")
                .contains(refA).containsPattern("href=\"/retention/holds\\?[^\"]*from.year=2019[^\"]*page=2\"");
        assertThat(ListCalls.page(mvc, session, "/retention/holds", with(window(), "status", "LIFTED"))).contains("Showing 1 to 9 of 9");
        refusesBadParameters(dpo, path, session, "/retention/holds", "Status must be one of");
    }

    @Test
    void withdrawalNoticesPageNewestFirstForTheirAddresseesOnlyAndNarrowByStatusOrganisationAndDay() throws Exception {
        StaffMember recipientAdmin = accounts.newOrganisationAdministrator();
        StaffMember senderAdmin = accounts.newOrganisationAdministrator();
        StaffMember practitioner = accounts.colleagueOf(recipientAdmin, Role.PRACTITIONER);
        StaffMember manager = accounts.colleagueOf(recipientAdmin, Role.MANAGER);
        StaffMember sender = accounts.colleagueOf(senderAdmin, Role.PRACTITIONER);
        UUID council = demo.organisation("Westshire County Council").id();
        List<String> toPractitioner = new ArrayList<>();
        List<String> toOrganisation = new ArrayList<>();
        List<String> fromCouncil = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean personal = i % 5 != 0;
            boolean byCouncil = i % 4 == 0;
            UUID id = UUID.randomUUID();
            OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.UTC).minusDays(i + 1);
            jdbc.sql("""
                            insert into delivery_notice (id, withdrawal_notice_id, decision_id, sender_organisation, recipient_organisation,
                                recipient_user, sent_at, sent_by, acknowledged_at, acknowledged_by)
                            values (:id, :withdrawal, :decision, :sender, :recipient, :user, :sent, :by, :acknowledged, :acknowledgedBy)""")
                    .param("id", id).param("withdrawal", UUID.randomUUID()).param("decision", UUID.randomUUID())
                    .param("sender", byCouncil ? council : senderAdmin.organisationId()).param("recipient", recipientAdmin.organisationId())
                    .param("user", personal ? practitioner.id() : null).param("sent", sent)
                    .param("by", byCouncil ? demo.userId(DemoPartnership.COUNCIL_PRACTITIONER) : sender.id())
                    .param("acknowledged", i % 3 == 0 ? sent.plusHours(1) : null).param("acknowledgedBy", i % 3 == 0 ? recipientAdmin.id() : null)
                    .update();
            (personal ? toPractitioner : toOrganisation).add(id.toString());
            if (personal && byCouncil) {
                fromCouncil.add(id.toString());
            }
            if (personal && i % 3 == 0) {
                confirmed.add(id.toString());
            }
            if (!byCouncil) {
                delivered.add(id.toString());
            }
        }
        String path = "/api/v1/disclosure-notices";
        String token = demo.token(practitioner.username());
        pagesWithoutRepeats(token, path, toPractitioner, "$[*].id", Map.of());
        assertThat(ids(api(demo.token(manager.username()), path, Map.of()))).as("those to the organisation: its DPO and managers")
                .containsExactlyElementsOf(toOrganisation);
        assertThat(ids(api(token, path, Map.of("organisation", council.toString())))).containsExactlyElementsOf(fromCouncil);
        assertThat(ids(api(token, path, Map.of("status", "CONFIRMED")))).containsExactlyElementsOf(confirmed);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(ids(api(token, path, Map.of("from", today.plusDays(1).toString())))).isEmpty();
        String senderToken = demo.token(sender.username());
        pagesWithoutRepeats(senderToken, path + "/sent", delivered, "$[*].id", Map.of("organisation", recipientAdmin.organisationId().toString()));
        assertThat(ids(api(senderToken, path, Map.of()))).isEmpty();
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_PRACTITIONER), path + "/sent", Map.of("size", "100"))))
                .doesNotContainAnyElementsOf(delivered);

        MockHttpSession session = SignedInSession.of(mvc, practitioner.username(), SignInAccounts.PASSWORD);
        assertThat(ListCalls.page(mvc, session, "/inbox", Map.of())).contains("All " + toPractitioner.size() + " notices");
        assertThat(ListCalls.page(mvc, session, "/inbox/notices", Map.of())).contains("Filter the notices")
                .contains("Showing 1 to 24 of 24").contains("/inbox/notices/" + toPractitioner.get(0)).doesNotContain(toOrganisation.get(0));
        assertThat(ListCalls.page(mvc, session, "/inbox/notices", Map.of("status", "UNCONFIRMED")))
                .contains("Showing 1 to " + (24 - confirmed.size()) + " of " + (24 - confirmed.size()));
        MockHttpSession senderSession = SignedInSession.of(mvc, sender.username(), SignInAccounts.PASSWORD);
        assertThat(ListCalls.page(mvc, senderSession, "/withdrawal-notices", Map.of())).contains("All " + delivered.size() + " notices delivered");
        assertThat(ListCalls.page(mvc, senderSession, "/withdrawal-notices/delivered", Map.of())).contains("Notices delivered")
                .contains("Showing 1 to " + delivered.size() + " of " + delivered.size());
        refusesBadParameters(token, path, session, "/inbox/notices", "Status must be one of");
    }

    @Test
    void linkageRunsPageNewestFirstAndNarrowByStatusAndDay() throws Exception {
        UUID plan = plan();
        List<String> newestFirst = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            UUID id = UUID.randomUUID();
            String status = i % 4 == 1 ? "FAILED" : "FINISHED";
            OffsetDateTime started = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into linkage_run (id, plan_id, status, started_at, started_by, finished_at, as_of, plan_version,
                                outcomes_version, failure, published_at, published_by)
                            values (:id, :plan, :status, :started, :by, :finished, :asOf, 1, 1, :failure, :published, :publishedBy)""")
                    .param("id", id).param("plan", plan).param("status", status).param("started", started).param("by", demo.userId(ANALYST))
                    .param("finished", started.plusMinutes(5)).param("asOf", started.toLocalDate())
                    .param("failure", status.equals("FAILED") ? "An extract could not be read" : null)
                    .param("published", i % 4 == 2 ? started.plusHours(1) : null).param("publishedBy", i % 4 == 2 ? demo.userId(ANALYST) : null)
                    .update();
            newestFirst.add(id.toString());
            (status.equals("FAILED") ? failed : new ArrayList<String>()).add(id.toString());
            (i % 4 == 2 ? published : new ArrayList<String>()).add(id.toString());
        }
        String analyst = demo.token(ANALYST);
        String path = "/api/v1/linkage-plans/" + plan + "/runs";
        pagesWithoutRepeats(analyst, path, newestFirst, "$[*].id");
        assertThat(ids(api(analyst, path, with("status", "FAILED")))).containsExactlyElementsOf(failed);
        assertThat(ids(api(analyst, path, with("status", "PUBLISHED")))).containsExactlyElementsOf(published);
        assertThat(ids(api(analyst, path, Map.of("from", "2019-06-30", "to", "2019-06-30")))).containsExactly(newestFirst.get(0));
        assertThat(ids(api(analyst, "/api/v1/linkage-runs", WINDOW))).containsAll(newestFirst);
        assertThat(ids(api(demo.token(DemoPartnership.POLICE_PRACTITIONER), "/api/v1/linkage-runs", WINDOW))).doesNotContainAnyElementsOf(newestFirst);

        MockHttpSession session = SignedInSession.of(mvc, ANALYST);
        assertThat(ListCalls.page(mvc, session, "/linkage/" + plan, window())).contains("Filter the runs").contains("Showing 1 to 25 of 26")
                .containsPattern("href=\"/linkage/" + plan + "\\?[^\"]*from.year=2019[^\"]*page=2\"");
        assertThat(ListCalls.page(mvc, session, "/linkage/" + plan, Map.of("status", "FAILED"))).contains("Showing 1 to 7 of 7");
        refusesBadParameters(analyst, path, session, "/linkage/" + plan, "Status must be one of");
    }

    // --- what every list does ------------------------------------------------------------------------------------

    /** Within the window, the whole list is {@code expected}, in order; pages of 10 hold the next rows, none repeated; the links keep the filter. */
    private void pagesWithoutRepeats(String token, String path, List<String> expected, String idPath) throws Exception {
        pagesWithoutRepeats(token, path, expected, idPath, WINDOW);
    }

    private void pagesWithoutRepeats(String token, String path, List<String> expected, String idPath, Map<String, String> filter) throws Exception {
        MvcResult all = api(token, path, filter);
        assertThat(ListCalls.total(all)).isEqualTo(expected.size());
        assertThat(all.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo("1");
        assertThat(all.getResponse().getHeader(PagedResponse.PAGE_SIZE)).isEqualTo("100");
        assertThat(all.getResponse().getHeader("Link")).isNull();
        assertThat(ListCalls.ids(all, idPath)).as("the list's order").containsExactlyElementsOf(expected);
        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= (expected.size() + 9) / 10; n++) {
            MvcResult page = api(token, path, with(filter, "size", "10", "page", Integer.toString(n)));
            assertThat(page.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo(Integer.toString(n));
            assertThat(seen.addAll(ListCalls.ids(page, idPath))).isTrue();
            paged.addAll(ListCalls.ids(page, idPath));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        MvcResult second = api(token, path, with(filter, "size", "10", "page", "2"));
        assertThat(second.getResponse().getHeader("Link")).contains("rel=\"first\"").contains("rel=\"prev\"").contains("page=1");
        filter.forEach((name, value) -> assertThat(second.getResponse().getHeader("Link")).contains(name + "=" + value));
    }

    /** Out-of-range parameters are a 422 and unreadable ones a 400, each naming the field; the page shows them in its error summary; nothing is written. */
    private void refusesBadParameters(String token, String path, MockHttpSession session, String page, String badStatus) throws Exception {
        Map<String, Long> before = RowCounts.of(jdbc);
        for (Map<String, String> bad : List.of(Map.of("page", "0"), Map.of("size", "0"), Map.of("size", "101"), Map.of("status", "MAYBE"),
                Map.of("from", "2026-11-05", "to", "2026-11-01"))) {
            ListCalls.problem(mvc, token, path, bad, 422, bad.containsKey("to") ? "to" : bad.keySet().iterator().next());
        }
        ListCalls.problem(mvc, token, path, Map.of("page", "two"), 400, "page");
        ListCalls.problem(mvc, token, path, Map.of("from", "yesterday"), 400, "from");
        ListCalls.refused(mvc, session, page, Map.of("status", "MAYBE"), badStatus);
        ListCalls.refused(mvc, session, page, Map.of("page", "two"), "Page must be a whole number");
        ListCalls.refused(mvc, session, page, Map.of("from.day", "5", "from.month", "11", "from.year", "2026", "to.day", "1", "to.month", "11",
                "to.year", "2026"), "The date to must be the same as or after the date from");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private UUID subject(ShareDecisions shares, String reference) throws Exception {
        String body = shares.post(NURSE, "/api/v1/subjects", "{\"reference\":\"%s\",\"name\":\"Robin Glass\",\"dateOfBirth\":\"2015-02-01\",\"confirmedDifferent\":true}"
                .formatted(reference));
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private UUID plan() throws Exception {
        UUID council = demo.organisation("Westshire County Council").id();
        String created = mvc.perform(post("/api/v1/linkage-plans").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_DPO))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"agreementId":"%s","name":"Paging runs %s","analystTeamId":"%s","worklistTeamId":"%s","secretFingerprint":"%s"}"""
                                .formatted(new TestAgreements(mvc, demo, register).supportingFamilies().agreementId(), UUID.randomUUID(),
                                        team(council, "Adult Social Care"), team(council, "Early Help"), "0a1b2c3d")))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"id\"");
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    private UUID team(UUID organisation, String name) {
        return directory.teams(organisation).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst().orElseThrow();
    }

    private MvcResult api(String token, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, path, params);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }

    /** The window as the page's date fields. */
    private static Map<String, String> window() {
        return Map.of("from.day", "1", "from.month", "1", "from.year", "2019", "to.day", "31", "to.month", "12", "to.year", "2019");
    }

    private static Map<String, String> with(String... more) {
        return with(WINDOW, more);
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        Map<String, String> params = new java.util.LinkedHashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        return params;
    }
}

package org.infoshare.delivery;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.Browser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The delivery journey in the browser, without JavaScript: compose from a decision, read, print, download, withdraw, assess. */
@IntegrationTest
class DisclosurePagesIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;

    private UUID desk() {
        UUID police = demo.organisation("Westshire Police").id();
        return directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
    }

    private static MockHttpServletRequestBuilder compose(MockHttpSession session, UUID decision, String recipient) {
        return post("/disclosures/new").session(session).with(csrf())
                .param("decisionId", decision.toString())
                .param("recipient", recipient)
                .param("items[0].code", "safeguarding-concern")
                .param("items[0].include", "true").param("_items[0].include", "on")
                .param("items[0].content", "Jane Smith, the neighbour, heard shouting; JANE SMITH's call was logged at 22:10")
                .param("items[0].kind", "FACT")
                .param("_items[0].historical", "on").param("_items[0].notToSubject", "on")
                .param("items[1].code", "address")
                .param("_items[1].include", "on")
                .param("items[1].content", "")
                .param("items[1].kind", "FACT")
                .param("_items[1].historical", "on").param("_items[1].notToSubject", "on")
                .param("protectedIdentities", "Jane Smith\r\n\r\n")
                .param("accessUntil.day", "").param("accessUntil.month", "").param("accessUntil.year", "");
    }

    @Test
    void aSocialWorkerDisclosesFromTheirDecisionAndTheDeskReadsPrintsAndDownloadsTheRedactedView() throws Exception {
        ShareDecisions.Decided decision = new ShareDecisions(mvc, demo).toPolice("practitioner@westshire-council.example");
        MockHttpSession sender = Browser.signIn(mvc, "practitioner@westshire-council.example");
        mvc.perform(get("/sent").session(sender))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/disclosures/new?decision=" + decision.decisionId())))
                .andExpect(content().string(containsString(ShareDecisions.SUBJECT_NAME)));
        // Without a decision the journey starts from the list of decisions ready to disclose.
        mvc.perform(get("/disclosures/new").session(sender))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/sent"));
        mvc.perform(get("/disclosures/new").param("decision", decision.decisionId().toString()).session(sender))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The safeguarding concern: what was seen or said")))
                .andExpect(content().string(not(containsString("School attendance"))))
                .andExpect(content().string(containsString("names other people")));

        // No recipient chosen, an item with no content: the form again, nothing sent.
        mvc.perform(compose(sender, decision.decisionId(), "").param("items[1].include", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Choose the named team or the named person")))
                .andExpect(content().string(containsString("href=\"#items[1].content\"")));
        // A tampered form adding an item the decision withheld is refused too.
        mvc.perform(compose(sender, decision.decisionId(), "team:" + desk())
                        .param("items[2].code", "school-attendance").param("items[2].include", "true")
                        .param("items[2].content", "Missed 12 days").param("items[2].kind", "FACT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The share decision did not allow this item to be shared")));
        assertThat(jdbc.sql("select count(*) from disclosure where decision_id = :d").param("d", decision.decisionId())
                .query(Integer.class).single()).isZero();

        String location = mvc.perform(compose(sender, decision.decisionId(), "team:" + desk()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(sender))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You sent this")))
                .andExpect(content().string(containsString("JANE SMITH")))
                .andExpect(content().string(containsString("Withdraw: sent in error")));

        MockHttpSession officer = Browser.signIn(mvc, "practitioner@westshire-police.example");
        mvc.perform(get("/inbox").session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString(location)));
        String page = mvc.perform(get(location).session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("[identity withheld]")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContainIgnoringCase("jane").doesNotContainIgnoringCase("smith");
        String print = mvc.perform(get(location + "/print").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This print has been recorded")))
                .andReturn().getResponse().getContentAsString();
        assertThat(print).doesNotContainIgnoringCase("jane").contains("heard shouting");
        String text = mvc.perform(get(location + "/download").session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text).doesNotContainIgnoringCase("smith").contains("[identity withheld]'s call was logged at 22:10");

        mvc.perform(get(location).session(sender))
                .andExpect(content().string(containsString("DC Aisha Khan")))
                .andExpect(content().string(containsString("Printed")))
                .andExpect(content().string(containsString("Downloaded")));

        // The sender's colleague and the police DPO are told it does not exist.
        mvc.perform(get(location).session(Browser.signIn(mvc, "manager@westshire-council.example"))).andExpect(status().isNotFound());
        mvc.perform(get(location).session(Browser.signIn(mvc, "dpo@westshire-police.example"))).andExpect(status().isNotFound());
        mvc.perform(get(location).session(Browser.signIn(mvc, "lapsed@westshire-council.example"))).andExpect(status().isForbidden());
    }

    @Test
    void theSenderWithdrawsAndTheDpoAssessesThePotentialBreach() throws Exception {
        ShareDecisions.Decided decision = new ShareDecisions(mvc, demo).toPolice("practitioner@westshire-council.example");
        MockHttpSession sender = Browser.signIn(mvc, "practitioner@westshire-council.example");
        String location = mvc.perform(compose(sender, decision.decisionId(), "person:" + demo.userId("manager@westshire-police.example")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location + "/withdraw").session(sender)).andExpect(status().isOk())
                .andExpect(content().string(containsString("potential breach")));
        mvc.perform(post(location + "/withdraw").session(sender).with(csrf()).param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Say why you are withdrawing the disclosure")));
        mvc.perform(post(location + "/withdraw").session(sender).with(csrf()).param("reason", "Sent to the sergeant by mistake"))
                .andExpect(status().is3xxRedirection());
        MockHttpSession sergeant = Browser.signIn(mvc, "manager@westshire-police.example");
        mvc.perform(get("/inbox").session(sergeant)).andExpect(content().string(containsString("Withdrawn by the sender")));
        mvc.perform(get(location).session(sergeant)).andExpect(status().isNotFound());

        MockHttpSession dpo = Browser.signIn(mvc, "dpo@westshire-council.example");
        mvc.perform(get("/potential-breaches").session(dpo)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/incidents"));
        String register = mvc.perform(get("/incidents").session(dpo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher incident = Pattern.compile("href=\"(/incidents/[0-9a-f-]{36})\"").matcher(register);
        assertThat(incident.find()).isTrue();
        mvc.perform(get(incident.group(1)).session(dpo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent to the sergeant by mistake")))
                .andExpect(content().string(containsString("Decide whether to tell the ICO by")));
        mvc.perform(get("/potential-breaches").session(sender)).andExpect(status().isForbidden());
    }

    @Test
    void aWithdrawalNoticeIsDeliveredFromThePageAndAcknowledgedInTheRecipientsInbox() throws Exception {
        ShareDecisions decisions = new ShareDecisions(mvc, demo);
        String worker = "practitioner@westshire-council.example";
        UUID subject = decisions.subject(worker);
        String consent = com.jayway.jsonpath.JsonPath.read(decisions.post(worker, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"Share with the police",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, demo.organisation("Westshire Police").id())), "$.id");
        ShareDecisions.Decided decision = decisions.toPoliceOnConsent(worker, subject, consent);
        MockHttpSession sender = Browser.signIn(mvc, worker);
        mvc.perform(compose(sender, decision.decisionId(), "team:" + desk())).andExpect(status().is3xxRedirection());
        decisions.post(worker, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}");

        String open = mvc.perform(get("/api/v1/withdrawal-notices").header("Authorization", "Bearer " + demo.token(worker)))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(open, "$[?(@.decisionId == '" + decision.decisionId() + "')].id");
        String page = mvc.perform(get("/withdrawal-notices").session(sender)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String action = "/withdrawal-notices/" + ids.get(0) + "/delivery";
        assertThat(page).contains("action=\"" + action + "\"");
        mvc.perform(post(action).session(sender).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/withdrawal-notices").session(sender)).andExpect(content().string(containsString("not yet acknowledged")));

        MockHttpSession officer = Browser.signIn(mvc, "practitioner@westshire-police.example");
        String inbox = mvc.perform(get("/inbox").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Consent withdrawn"))).andReturn().getResponse().getContentAsString();
        Matcher notice = Pattern.compile("href=\"(/inbox/notices/[0-9a-f-]+)\"").matcher(inbox);
        assertThat(notice.find()).isTrue();
        mvc.perform(get(notice.group(1)).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("That consent has been withdrawn")))
                .andExpect(content().string(not(containsString(ShareDecisions.SUBJECT_NAME))));
        mvc.perform(post(notice.group(1) + "/acknowledge").session(officer).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(notice.group(1)).session(officer)).andExpect(content().string(containsString("Acknowledged")));
        mvc.perform(get(notice.group(1)).session(Browser.signIn(mvc, "dpo@westshire-police.example"))).andExpect(status().isNotFound());
    }
}

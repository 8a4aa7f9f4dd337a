package org.infoshare.agreement;

import java.util.UUID;

import org.infoshare.directory.DemoDirectory;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement journeys in the browser UI, through MockMvc. */
@IntegrationTest
class AgreementPagesIT {

    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String PRACTITIONER = "practitioner@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired UserDetailsService users;
    @Autowired Agreements agreements;
    @Autowired DpiaAssessments dpias;
    @Autowired AgreementRegister register;
    @Autowired TransactionTemplate transaction;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private UUID demoAgreement(String title) {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        return register.between(council, police).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow().agreementId();
    }

    private UUID startDraft(String title) throws Exception {
        String location = mvc.perform(as(COUNCIL_DPO, post("/agreements/new")).param("title", title))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agreements/*/draft"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.split("/")[2]);
    }

    @Test
    void theAgreementsListShowsStatusesAndOnlyGovernanceRolesMayDraft() throws Exception {
        mvc.perform(as(PRACTITIONER, get("/agreements")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Draft a new agreement"))));
        // The list pages (ADR 0017): filtered by status, the demo agreements are on the first page however many others are newer.
        mvc.perform(as(PRACTITIONER, get("/agreements").param("status", "ACTIVE")))
                .andExpect(content().string(containsString(DemoAgreements.SUPPORTING_FAMILIES)))
                .andExpect(content().string(containsString("govuk-tag--green")));
        mvc.perform(as(PRACTITIONER, get("/agreements").param("status", "AWAITING_SIGNATURES")))
                .andExpect(content().string(containsString("Awaiting signatures")));
        mvc.perform(as(PRACTITIONER, get("/agreements/new"))).andExpect(status().isForbidden());
        mvc.perform(as(COUNCIL_DPO, get("/agreements"))).andExpect(content().string(containsString("Draft a new agreement")));
    }

    @Test
    void draftingOneTopicAtATimeThenCheckingAnswersRefusesAnIncompleteAgreement() throws Exception {
        mvc.perform(as(COUNCIL_DPO, post("/agreements/new")).param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the agreement&#39;s title")));
        UUID id = startDraft("Early Help Data Sharing Agreement");
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/draft")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-task-list")))
                .andExpect(content().string(containsString("Purposes and benefits")));
        for (AgreementSection section : AgreementSection.values()) {
            mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/draft/" + section.key())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(section.title())));
        }
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/purpose"))
                        .param("revision", "0").param("purposes", "OTHER", "EARLY_HELP")
                        .param("purposeWording[EARLY_HELP]", "Support families early")
                        .param("purposeWording[OTHER]", "Prevent escalation to statutory services")
                        .param("purposeWording[SAFEGUARDING_CHILD]", "Not chosen, so not kept")
                        .param("benefits", ""))
                .andExpect(redirectedUrl("/agreements/" + id + "/draft"));
        assertThat(agreements.get(demo.actor(COUNCIL_DPO), id).latest().document().purposes()).containsExactly(
                new AgreementDocument.Purpose(SharingPurpose.EARLY_HELP, "Support families early"),
                new AgreementDocument.Purpose(SharingPurpose.OTHER, "Prevent escalation to statutory services"));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/foi"))
                        .param("revision", "1").param("freedomOfInformation", "Handled by each party").param("foiAssistanceWorkingDays", "two")
                        .param("foiDataExchangeWorkingDays", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number of working days, like 2")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/retention")).param("revision", "0").param("retention", "Stale"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this draft since you opened it")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/lawful-basis")).param("revision", "1")
                        .param("lawfulBasis.article6", "UKGDPR-A6-1E").param("lawfulBasis.statutoryGateways", "CA2004-S10"))
                .andExpect(redirectedUrl("/agreements/" + id + "/draft"));

        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/draft/parties/new"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/parties/new")).param("revision", "2")
                        .param("organisationId", police.toString()).param("role", "CONTROLLER").param("duties", "Shares police information"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say whether the organisation processes for law enforcement")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/parties/new")).param("revision", "2")
                        .param("organisationId", police.toString()).param("role", "CONTROLLER").param("duties", "Shares police information")
                        .param("competentAuthority", "true"))
                .andExpect(redirectedUrl("/agreements/" + id + "/draft/parties"));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/draft/data/items/new"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/data/items/new")).param("revision", "3")
                        .param("name", "Ethnicity").param("code", "ethnicity").param("category", "SPECIAL_CATEGORY")
                        .param("recipients", police.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the kind of special category data")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/draft/data/items/new")).param("revision", "3")
                        .param("name", "Ethnicity").param("code", "ethnicity").param("category", "SPECIAL_CATEGORY")
                        .param("specialCategory", "RACIAL_OR_ETHNIC_ORIGIN").param("recipients", police.toString()))
                .andExpect(redirectedUrl("/agreements/" + id + "/draft/data"));

        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/draft/check")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("things must be completed before the agreement can be submitted")))
                .andExpect(content().string(containsString("govuk-summary-card")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/submit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The agreement cannot be submitted until these are complete")))
                .andExpect(content().string(containsString("choose a UK GDPR Article 9 condition")))
                .andExpect(content().string(containsString("cite DPA 2018 s35(4) (consent) or s35(5)")))
                .andExpect(content().string(containsString("Screen the agreement to decide whether a full data protection impact assessment is needed")))
                .andExpect(content().string(containsString("/agreements/" + id + "/draft/lawful-basis")));
        assertThat(agreements.get(demo.actor(COUNCIL_DPO), id).latest().status()).isEqualTo(AgreementStatus.DRAFT);

        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/dpia"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Screen the agreement")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/dpia/screening")).param("yes", "largeScale"))
                .andExpect(redirectedUrl("/agreements/" + id + "/dpia"));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/dpia"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A full DPIA is needed")));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/dpia/assessment"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/dpia/assessment")).param("benefits", "Earlier help")
                        .param("risksToIndividuals[0].description", "Stigma").param("risksToIndividuals[0].likelihood", "POSSIBLE")
                        .param("risksToIndividuals[0].severity", "SIGNIFICANT").param("residualRisk", "LOW"))
                .andExpect(redirectedUrl("/agreements/" + id + "/dpia"));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/dpia"))).andExpect(content().string(containsString("Stigma")))
                .andExpect(content().string(containsString("Medium")));
    }

    @Test
    void aSignatorySignsOnTheSigningPageAndTheLastSignatureActivates() throws Exception {
        UUID id = transaction.execute(status -> {
            var dpo = demo.actor(COUNCIL_DPO);
            Agreement created = agreements.create(dpo, new AgreementCommands.CreateAgreement("Signing journey"));
            var d = AgreementFixtures.supportingFamilies(demo.organisation(DemoDirectory.COUNCIL).id(), demo.organisation(DemoDirectory.POLICE).id());
            agreements.saveDraft(dpo, created.id(), new AgreementCommands.SaveDraft(DocumentCopy.edit(d, c -> c.title = "Signing journey"), 0));
            dpias.screen(dpo, created.id(), new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false));
            dpias.assess(dpo, created.id(), new AgreementCommands.AssessDpia(AgreementFixtures.completeAssessment()));
            dpias.signOffDpia(dpo, created.id());
            agreements.submit(dpo, created.id());
            return created.id();
        });
        mvc.perform(as(POLICE_DPO, get("/agreements/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign version 1")))
                .andExpect(content().string(containsString("Not signed")));
        mvc.perform(as(PRACTITIONER, get("/agreements/" + id))).andExpect(content().string(not(containsString("Sign version 1"))));
        mvc.perform(as(POLICE_DPO, get("/agreements/" + id + "/versions/1/sign")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sign for my organisation")));
        mvc.perform(as(POLICE_DPO, post("/agreements/" + id + "/versions/1/sign"))).andExpect(redirectedUrl("/agreements/" + id));
        mvc.perform(as(POLICE_DPO, post("/agreements/" + id + "/versions/1/sign")))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("has already signed version 1")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/versions/1/sign"))).andExpect(redirectedUrl("/agreements/" + id));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id)))
                .andExpect(content().string(containsString("govuk-tag--green")))
                .andExpect(content().string(containsString("Start an amendment")))
                .andExpect(content().string(containsString("Record a review")));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/review"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/review")).param("outcome", "TERMINATE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why the review decided to terminate")));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + id + "/terminate"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/terminate")).param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why the agreement is being terminated")));
        mvc.perform(as(COUNCIL_DPO, post("/agreements/" + id + "/terminate")).param("reason", "Replaced by a new agreement"))
                .andExpect(redirectedUrl("/agreements/" + id));
        assertThat(register.terms(id).orElseThrow().inForce()).isFalse();
    }

    @Test
    void readingReviewsPrintingAndTheCatalogue() throws Exception {
        UUID families = demoAgreement(DemoAgreements.SUPPORTING_FAMILIES);
        mvc.perform(as(PRACTITIONER, get("/agreements/" + families)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2.2 Lawful basis")))
                .andExpect(content().string(containsString("DPA 2018 Sch 1 Part 2 para 18")))
                .andExpect(content().string(containsString("Appendix A: Parties to this agreement")));
        mvc.perform(as(PRACTITIONER, get("/agreements/" + families + "/print")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("@page")));
        mvc.perform(as(PRACTITIONER, get("/agreements/" + families + "/document.pdf")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(as(PRACTITIONER, get("/agreements/" + families + "/export").param("format", "yaml")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("format: infoshare-agreement/2")));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/reviews")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(DemoAgreements.SUPPORTING_FAMILIES)));
        mvc.perform(as(PRACTITIONER, get("/agreements/reviews"))).andExpect(status().isForbidden());
        mvc.perform(as(COUNCIL_DPO, get("/agreements/" + families + "/dpia"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Signed off on")));
        mvc.perform(as(COUNCIL_DPO, get("/agreements/import"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/agreements/import")).param("format", "YAML").param("content", "format: nonsense"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")));

        mvc.perform(as(COUNCIL_DPO, get("/legal/provisions")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Digital Economy Act 2017 Part 5")))
                .andExpect(content().string(containsString("Care Act 2014 s1")));
        mvc.perform(as(COUNCIL_DPO, get("/legal/provisions/new"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/legal/provisions/new")).param("code", "bad code").param("citation", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")));
        mvc.perform(as(PRACTITIONER, get("/legal/provisions/new"))).andExpect(status().isForbidden());
    }

    @Test
    void publishedAgreementsArePublicAndOthersAreNot() throws Exception {
        UUID families = demoAgreement(DemoAgreements.SUPPORTING_FAMILIES);
        UUID safeguarding = demoAgreement(DemoAgreements.FAMILY_SAFEGUARDING);
        mvc.perform(get("/public/agreements"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoAgreements.SUPPORTING_FAMILIES)))
                .andExpect(content().string(not(containsString(DemoAgreements.FAMILY_SAFEGUARDING))));
        mvc.perform(get("/public/agreements/" + families))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5. Signatures")))
                .andExpect(content().string(not(containsString("Priya Shah"))));
        mvc.perform(get("/public/agreements/" + safeguarding)).andExpect(status().isNotFound());
        mvc.perform(as("dpo@riverside-academy.example", get("/agreements/" + safeguarding))).andExpect(status().isNotFound());
    }
}

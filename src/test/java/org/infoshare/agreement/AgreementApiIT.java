package org.infoshare.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.infoshare.agreement.AgreementApiCalls.CHARITY_DPO;
import static org.infoshare.agreement.AgreementApiCalls.COUNCIL_DPO;
import static org.infoshare.agreement.AgreementApiCalls.COUNCIL_PRACTITIONER;
import static org.infoshare.agreement.AgreementApiCalls.POLICE_DPO;
import static org.infoshare.agreement.AgreementApiCalls.SCHOOL_DPO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement's life through the API: drafted and refused until complete, signed into force, amended,
 * terminated and reviewed. Publication, files and the PDF are {@link AgreementPublicationApiIT}'s.
 */
@IntegrationTest
class AgreementApiIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AgreementRegister register;
    @Autowired Agreements agreements;
    @Autowired ApplicationContext context;

    private AgreementApiCalls api;

    @BeforeEach
    void calls() {
        api = new AgreementApiCalls(mvc, demo, json);
    }

    @Test
    void draftIsRefusedNamingEveryMissingElementThenCompletedSignedAndActive() throws Exception {
        UUID id = api.createDraft("Refusal test");
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("summary", "purposes", "parties", "lawfulBasis.article6",
                        "dataItems", "dataQuality", "transferMethods", "retention", "individualsRights", "review", "obligations",
                        "sanctions", "dpia.screening", "deceasedPersons", "outsideUkProcessing", "breachProcedure")))
                .andExpect(jsonPath("$.errors[*].rule", hasItems("required-element", "min-parties", "article-6-basis", "dpia-screening-required")));

        AgreementDocument document = api.complete("Refusal test");
        var b = document.lawfulBasis();
        AgreementDocument noArticle10 = new AgreementDocument(document.title(), document.summary(), document.sharingMode(), document.purposes(),
                document.benefits(), document.parties(), new AgreementDocument.LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                List.of(), b.criminalOffenceConditions(), List.of(), b.schedule8(), b.statutoryGateways(), b.commonLaw()),
                document.consent(), document.proportionality(), document.dataSubjects(), document.deceasedPersons(), document.dataItems(),
                document.recipientsAndAccess(), document.dataQuality(), document.transferMethods(), document.securityMeasures(),
                document.outsideUkProcessing(), document.retention(), document.privacyNotices(), document.individualsRights(),
                document.breachProcedure(), document.freedomOfInformation(), 2, 7, document.review(), 6, 12, document.termination(),
                document.obligations(), document.sanctions(), document.relatedAgreements());
        api.saveDraft(id, noArticle10).andExpect(status().isOk());
        mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/problems")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field", hasItems("lawfulBasis.article10", "lawfulBasis.section35", "dpia.screening")))
                .andExpect(jsonPath("$[*].rule", hasItems("criminal-offence-basis", "part-3-sensitive-processing")));
        api.saveDraft(id, document).andExpect(status().isOk());
        api.dpiaDone(id);
        mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/problems"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));

        // Only an authorised signatory of a party signs, once.
        mvc.perform(api.as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isForbidden());
        mvc.perform(api.as(SCHOOL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isNotFound());
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("already-signed"));
        assertThat(register.terms(id).orElseThrow().inForce()).isFalse();
        mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.versions[0].signatures.length()").value(2))
                .andExpect(jsonPath("$.versions[0].effectiveFrom").isNotEmpty());
        assertThat(register.terms(id).orElseThrow().inForce()).isTrue();
        List<String> actions = jdbc.sql("select action from ledger_entry where subject_type = 'agreement' and subject_id = :id order by id")
                .param("id", id.toString()).query(String.class).list();
        assertThat(actions).containsSubsequence("agreement.created", "agreement.draft-saved", "agreement.dpia.screened",
                "agreement.dpia.assessed", "agreement.dpia.signed-off", "agreement.submitted", "agreement.signed", "agreement.signed",
                "agreement.activated");
    }

    @Test
    void anAmendmentNeedsEverySignatureAgainAndSupersedesTheActiveVersion() throws Exception {
        UUID id = api.activeAgreement("Amendment test");
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("amendment-in-progress"));
        // The version in force stays in force while the amendment is drafted and signed.
        assertThat(register.terms(id).orElseThrow().version()).isEqualTo(1);
        mvc.perform(api.as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft/sections/retention").param("revision", String.valueOf(api.revision(id))))
                        .content("{\"retention\":\"Kept for two years after the family's support ends, then destroyed securely.\"}"))
                .andExpect(status().isOk());
        mvc.perform(api.as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft/sections/retention").param("revision", String.valueOf(api.revision(id))))
                        .content("{\"retention\":\"x\",\"sanctions\":\"y\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sanctions"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
        // The DPIA carried over must be signed off again.
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dpia.signOff")));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/dpia/sign-off"))).andExpect(status().isOk());
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("not-awaiting-signatures"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/2/signatures")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(register.terms(id).orElseThrow().version()).isEqualTo(1);
        mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/2/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.versions[1].status").value("ACTIVE"));
        AgreementTerms terms = register.terms(id).orElseThrow();
        assertThat(terms.version()).isEqualTo(2);
        assertThat(terms.inForce()).isTrue();
    }

    @Test
    void twoLastSignaturesAtOnceStillActivateTheAgreement() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID id = api.createDraft("Concurrent signatures " + round);
            api.saveDraft(id, api.complete("Concurrent signatures " + round)).andExpect(status().isOk());
            api.dpiaDone(id);
            mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
            org.infoshare.shared.Actor council = demo.actor(COUNCIL_DPO);
            org.infoshare.shared.Actor police = demo.actor(POLICE_DPO);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> { start.await(); return agreements.sign(council, id, 1); });
                var second = pool.submit(() -> { start.await(); return agreements.sign(police, id, 1); });
                start.countDown();
                first.get();
                second.get();
            } finally {
                pool.shutdown();
            }
            assertThat(register.terms(id).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
        }
    }

    @Test
    void terminationStopsTheAgreementBeingInForce() throws Exception {
        UUID id = api.activeAgreement("Termination test");
        // Read through the register first, so that what it built from the active row is what must not outlive it.
        assertThat(register.between(api.council(), api.police())).filteredOn(t -> t.agreementId().equals(id)).singleElement()
                .satisfies(t -> assertThat(t.inForce()).isTrue());
        mvc.perform(api.as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"No longer needed\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"The programme has ended\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.versions[0].terminatedOn").isNotEmpty());
        AgreementTerms terms = register.terms(id).orElseThrow();
        assertThat(terms.inForce()).isFalse();
        assertThat(terms.terminatedOn()).isNotNull();
        assertThat(register.between(api.council(), api.police())).filteredOn(t -> t.agreementId().equals(id)).singleElement()
                .satisfies(t -> {
                    assertThat(t.inForce()).isFalse();
                    assertThat(t.status()).isEqualTo(AgreementStatus.TERMINATED);
                });
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("already-terminated"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("not-active"));
    }

    @Test
    void reviewsDueAndOverdueAreListedForPartiesDposAndRecorded() throws Exception {
        // An agreement that took effect seven months ago: its six-month review is overdue.
        Clock back = AgreementsInThePast.daysAgo(213);
        UUID id = new AgreementsInThePast(context).inForce(213, api.complete("Overdue review test"), demo.actor(COUNCIL_DPO),
                demo.actor(POLICE_DPO));
        mvc.perform(api.as(POLICE_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agreement.id == '" + id + "')].review.standing").value(hasItem("OVERDUE")))
                .andExpect(jsonPath("$[?(@.agreement.id == '" + id + "')].review.cycle").value(hasItem(1)));
        mvc.perform(api.as(CHARITY_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agreement.id", not(hasItem(id.toString()))));
        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/reviews-due"))).andExpect(status().isForbidden());
        // The demo Supporting Families agreement's first review is near, not yet due.
        mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(jsonPath("$[?(@.agreement.title == '" + DemoAgreements.SUPPORTING_FAMILIES + "')].review.standing").value(hasItem("NOT_DUE")))
                .andExpect(jsonPath("$[?(@.agreement.title == '" + DemoAgreements.SUPPORTING_FAMILIES + "')].review.daysUntil")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(DemoAgreements.DAYS_BEFORE_FIRST_REVIEW + 3)))));

        mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"CONTINUE\",\"notes\":\"Purposes still relevant\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviews[0].cycle").value(1))
                .andExpect(jsonPath("$.nextReview.cycle").value(2))
                .andExpect(jsonPath("$.nextReview.standing").value("NOT_DUE"))
                .andExpect(jsonPath("$.nextReview.dueOn").value(UkCalendar.today(back).plusMonths(18).toString()));
        mvc.perform(api.as(POLICE_DPO, get("/api/v1/agreements/reviews-due").param("withinDays", "0")))
                .andExpect(jsonPath("$[*].agreement.id", not(hasItem(id.toString()))));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"AMEND\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"))
                .andExpect(jsonPath("$.reviews.length()").value(2));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"TERMINATE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("notes"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"TERMINATE\",\"notes\":\"Replaced\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TERMINATED"));
        assertThat(register.terms(id).orElseThrow().inForce()).isFalse();
    }
}

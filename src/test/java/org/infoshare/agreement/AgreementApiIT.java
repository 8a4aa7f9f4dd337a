package org.infoshare.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AgreementApiIT {

    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String COUNCIL_PRACTITIONER = "practitioner@westshire-council.example";
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String SCHOOL_DPO = "dpo@riverside-academy.example";
    static final String CHARITY_DPO = "dpo@family-lifeline.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AgreementRegister register;
    @Autowired AgreementStore store;
    @Autowired org.infoshare.legal.LegalCatalogue catalogue;
    @Autowired org.infoshare.directory.DirectoryLookup directory;
    @Autowired org.infoshare.validation.CommandValidator validator;
    @Autowired org.infoshare.ledger.Ledger ledger;
    @Autowired AgreementAccess access;
    @Autowired AgreementImport imports;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    private final Map<String, String> tokens = new HashMap<>();

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        String token = tokens.computeIfAbsent(username, demo::token);
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private UUID council() {
        return demo.organisation(DemoDirectory.COUNCIL).id();
    }

    private UUID police() {
        return demo.organisation(DemoDirectory.POLICE).id();
    }

    private UUID createDraft(String title) throws Exception {
        String body = mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements")).content("{\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private AgreementDocument complete(String title) {
        AgreementDocument d = AgreementFixtures.supportingFamilies(council(), police());
        return new AgreementDocument(title, d.summary(), d.sharingMode(), d.purposes(), d.benefits(), d.parties(), d.lawfulBasis(),
                d.consent(), d.proportionality(), d.dataSubjects(), d.deceasedPersons(), d.dataItems(), d.recipientsAndAccess(),
                d.dataQuality(), d.transferMethods(), d.securityMeasures(), d.outsideUkProcessing(), d.retention(), d.privacyNotices(),
                d.individualsRights(), d.breachProcedure(), d.freedomOfInformation(), d.foiAssistanceWorkingDays(),
                d.foiDataExchangeWorkingDays(), d.review(), d.termination(), d.obligations(), d.sanctions(), d.relatedAgreements());
    }

    private int revision(UUID id) throws Exception {
        String body = mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id))).andReturn().getResponse().getContentAsString();
        List<Integer> revisions = JsonPath.read(body, "$.versions[-1:].revision");
        return revisions.get(0);
    }

    private ResultActions saveDraft(UUID id, AgreementDocument document) throws Exception {
        return mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft"))
                .content(json.writeValueAsString(Map.of("document", document, "revision", revision(id)))));
    }

    private void dpiaDone(UUID id) throws Exception {
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/dpia/screening")).content("""
                        {"largeScale":true,"systematicMonitoring":false,"dataMatching":true,"innovativeTechnology":false,
                         "denialOfService":false,"evaluationOrScoring":false,"automatedDecisions":false,
                         "invisibleProcessing":false,"riskOfPhysicalHarm":false}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullRequired").value(true));
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/dpia/assessment"))
                        .content(json.writeValueAsString(Map.of("assessment", AgreementFixtures.completeAssessment()))))
                .andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/dpia/sign-off")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signedOffAt").isNotEmpty());
    }

    /** A fresh agreement between council and police, active. */
    private UUID activeAgreement(String title) throws Exception {
        UUID id = createDraft(title);
        saveDraft(id, complete(title)).andExpect(status().isOk());
        dpiaDone(id);
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures"))).andExpect(status().isCreated());
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        return id;
    }

    @Test
    void draftIsRefusedNamingEveryMissingElementThenCompletedSignedAndActive() throws Exception {
        UUID id = createDraft("Refusal test");
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("summary", "purposes", "parties", "lawfulBasis.article6",
                        "dataItems", "dataQuality", "transferMethods", "retention", "individualsRights", "review", "obligations",
                        "sanctions", "dpia.screening", "deceasedPersons", "outsideUkProcessing", "breachProcedure")))
                .andExpect(jsonPath("$.errors[*].rule", hasItems("required-element", "min-parties", "article-6-basis", "dpia-screening-required")));

        AgreementDocument document = complete("Refusal test");
        var b = document.lawfulBasis();
        AgreementDocument noArticle10 = new AgreementDocument(document.title(), document.summary(), document.sharingMode(), document.purposes(),
                document.benefits(), document.parties(), new AgreementDocument.LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                List.of(), b.criminalOffenceConditions(), List.of(), b.schedule8(), b.statutoryGateways(), b.commonLaw()),
                document.consent(), document.proportionality(), document.dataSubjects(), document.deceasedPersons(), document.dataItems(),
                document.recipientsAndAccess(), document.dataQuality(), document.transferMethods(), document.securityMeasures(),
                document.outsideUkProcessing(), document.retention(), document.privacyNotices(), document.individualsRights(),
                document.breachProcedure(), document.freedomOfInformation(), 2, 7, document.review(), document.termination(),
                document.obligations(), document.sanctions(), document.relatedAgreements());
        saveDraft(id, noArticle10).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/problems")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field", hasItems("lawfulBasis.article10", "lawfulBasis.section35", "dpia.screening")))
                .andExpect(jsonPath("$[*].rule", hasItems("criminal-offence-basis", "part-3-sensitive-processing")));
        saveDraft(id, document).andExpect(status().isOk());
        dpiaDone(id);
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/problems"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));

        // Only an authorised signatory of a party signs, once.
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isForbidden());
        mvc.perform(as(SCHOOL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isNotFound());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("already-signed"));
        assertThat(register.terms(id).orElseThrow().inForce()).isFalse();
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
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
        UUID id = activeAgreement("Amendment test");
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("amendment-in-progress"));
        // The version in force stays in force while the amendment is drafted and signed.
        assertThat(register.terms(id).orElseThrow().version()).isEqualTo(1);
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft/sections/retention").param("revision", String.valueOf(revision(id))))
                        .content("{\"retention\":\"Kept for two years after the family's support ends, then destroyed securely.\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft/sections/retention").param("revision", String.valueOf(revision(id))))
                        .content("{\"retention\":\"x\",\"sanctions\":\"y\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sanctions"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
        // The DPIA carried over must be signed off again.
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dpia.signOff")));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/dpia/sign-off"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("not-awaiting-signatures"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/2/signatures")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(register.terms(id).orElseThrow().version()).isEqualTo(1);
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/2/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.versions[1].status").value("ACTIVE"));
        AgreementTerms terms = register.terms(id).orElseThrow();
        assertThat(terms.version()).isEqualTo(2);
        assertThat(terms.inForce()).isTrue();
    }

    @Autowired Agreements agreements;

    @Test
    void twoLastSignaturesAtOnceStillActivateTheAgreement() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID id = createDraft("Concurrent signatures " + round);
            saveDraft(id, complete("Concurrent signatures " + round)).andExpect(status().isOk());
            dpiaDone(id);
            mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
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
        UUID id = activeAgreement("Termination test");
        // Read through the register first, so that what it built from the active row is what must not outlive it.
        assertThat(register.between(council(), police())).filteredOn(t -> t.agreementId().equals(id)).singleElement()
                .satisfies(t -> assertThat(t.inForce()).isTrue());
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"No longer needed\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"The programme has ended\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.versions[0].terminatedOn").isNotEmpty());
        AgreementTerms terms = register.terms(id).orElseThrow();
        assertThat(terms.inForce()).isFalse();
        assertThat(terms.terminatedOn()).isNotNull();
        assertThat(register.between(council(), police())).filteredOn(t -> t.agreementId().equals(id)).singleElement()
                .satisfies(t -> {
                    assertThat(t.inForce()).isFalse();
                    assertThat(t.status()).isEqualTo(AgreementStatus.TERMINATED);
                });
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/termination")).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("already-terminated"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/amendments")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("not-active"));
    }

    @Test
    void reviewsDueAndOverdueAreListedForPartiesDposAndRecorded() throws Exception {
        // An agreement that took effect seven months ago: its six-month review is overdue.
        Clock back = Clock.offset(Clock.systemUTC(), Duration.ofDays(-213));
        Agreements then = new Agreements(store, access, imports, catalogue, directory, validator, ledger, back);
        DpiaAssessments dpiaThen = new DpiaAssessments(store, access, validator, ledger, back);
        UUID id = transaction.execute(status -> {
            org.infoshare.shared.Actor councilDpo = demo.actor(COUNCIL_DPO);
            Agreement created = then.create(councilDpo, new AgreementCommands.CreateAgreement("Overdue review test"));
            then.saveDraft(councilDpo, created.id(), new AgreementCommands.SaveDraft(complete("Overdue review test"), 0));
            dpiaThen.screen(councilDpo, created.id(), new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false));
            dpiaThen.assess(councilDpo, created.id(), new AgreementCommands.AssessDpia(AgreementFixtures.completeAssessment()));
            dpiaThen.signOffDpia(councilDpo, created.id());
            then.submit(councilDpo, created.id());
            then.sign(councilDpo, created.id(), 1);
            then.sign(demo.actor(POLICE_DPO), created.id(), 1);
            return created.id();
        });
        mvc.perform(as(POLICE_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agreement.id == '" + id + "')].review.standing").value(hasItem("OVERDUE")))
                .andExpect(jsonPath("$[?(@.agreement.id == '" + id + "')].review.cycle").value(hasItem(1)));
        mvc.perform(as(CHARITY_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agreement.id", not(hasItem(id.toString()))));
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/reviews-due"))).andExpect(status().isForbidden());
        // The demo Supporting Families agreement's first review is near, not yet due.
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/reviews-due")))
                .andExpect(jsonPath("$[?(@.agreement.title == '" + DemoAgreements.SUPPORTING_FAMILIES + "')].review.standing").value(hasItem("NOT_DUE")))
                .andExpect(jsonPath("$[?(@.agreement.title == '" + DemoAgreements.SUPPORTING_FAMILIES + "')].review.daysUntil")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(DemoAgreements.DAYS_BEFORE_FIRST_REVIEW + 3)))));

        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"CONTINUE\",\"notes\":\"Purposes still relevant\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviews[0].cycle").value(1))
                .andExpect(jsonPath("$.nextReview.cycle").value(2))
                .andExpect(jsonPath("$.nextReview.standing").value("NOT_DUE"))
                .andExpect(jsonPath("$.nextReview.dueOn").value(LocalDate.now(back).plusMonths(18).toString()));
        mvc.perform(as(POLICE_DPO, get("/api/v1/agreements/reviews-due").param("withinDays", "0")))
                .andExpect(jsonPath("$[*].agreement.id", not(hasItem(id.toString()))));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"AMEND\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"))
                .andExpect(jsonPath("$.reviews.length()").value(2));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"TERMINATE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("notes"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/reviews")).content("{\"outcome\":\"TERMINATE\",\"notes\":\"Replaced\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TERMINATED"));
        assertThat(register.terms(id).orElseThrow().inForce()).isFalse();
    }

    @Test
    void otherOrganisationsCannotSeeDraftsButPublishedAgreementsArePublic() throws Exception {
        UUID draft = createDraft("Visibility test");
        mvc.perform(as(SCHOOL_DPO, get("/api/v1/agreements/" + draft))).andExpect(status().isNotFound());
        mvc.perform(as(SCHOOL_DPO, get("/api/v1/agreements"))).andExpect(jsonPath("$[*].id", not(hasItem(draft.toString()))));
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/" + draft))).andExpect(status().isOk());
        mvc.perform(get("/public/agreements/" + draft + ".json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));

        UUID active = activeAgreement("Publication test");
        mvc.perform(get("/public/agreements/" + active + ".json")).andExpect(status().isNotFound());
        mvc.perform(as(SCHOOL_DPO, get("/api/v1/agreements/" + active))).andExpect(status().isOk());
        mvc.perform(as(SCHOOL_DPO, post("/api/v1/agreements/" + active + "/publication"))).andExpect(status().isForbidden());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + draft + "/publication")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("never-in-force"));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + active + "/publication"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + active + "/amendments"))).andExpect(status().isCreated());
        mvc.perform(get("/public/agreements/" + active + ".json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Publication test"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.signatures[0].capacity").value("DATA_PROTECTION_OFFICER"))
                .andExpect(content().string(not(containsString("signedBy"))))
                .andExpect(content().string(not(containsString("Priya Shah"))));
        mvc.perform(get("/public/agreements.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(active.toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(draft.toString()))))
                .andExpect(jsonPath("$[*].title", hasItem(DemoAgreements.SUPPORTING_FAMILIES)))
                .andExpect(jsonPath("$[*].title", not(hasItem(DemoAgreements.FAMILY_SAFEGUARDING))));
    }

    @Test
    void anExportedAgreementImportsBackExactlyAndABadFileWritesNothing() throws Exception {
        UUID id = activeAgreement("Round trip test");
        String yaml = mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(yaml).contains("organisation: Westshire Police", "- UKGDPR-A6-1E");

        long before = jdbc.sql("select count(*) from agreement_version").query(Long.class).single();
        long ledgerBefore = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
        String bad = yaml.replace("- ENCRYPTED_EMAIL", "- UNENCRYPTED_EMAIL").replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z");
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreement.transferMethods[1]"))
                .andExpect(jsonPath("$.errors[0].rule").value("unencrypted-email"));
        String unknownCode = yaml.replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z").replace("sanctions: ", "sanctions_: ");
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(unknownCode))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreement.sanctions_"));
        String missing = yaml.replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z");
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/imports")).content(json.writeValueAsString(
                        Map.of("format", "YAML", "content", missing, "agreementId", id.toString()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("agreement.lawfulBasis.article6[0]", "agreement.lawfulBasis.article6")))
                .andExpect(jsonPath("$.errors[*].rule", hasItems("unknown-provision", "article-6-basis")));
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("reference"));
        assertThat(jdbc.sql("select count(*) from agreement_version").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(ledgerBefore);

        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml)
                        .param("agreementId", id.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"));
        String again = mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export").param("version", "2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(yaml);
        String jsonFile = mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export").param("format", "json")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        String created = mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/imports")).content(json.writeValueAsString(
                        Map.of("format", "JSON", "content", jsonFile.replace("\"reference\" : \"", "\"reference\" : \"COPY-")))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID copy = UUID.fromString(JsonPath.read(created, "$.id"));
        assertThat(mvc.perform(as(POLICE_DPO, get("/api/v1/agreements/" + copy + "/export").param("format", "json")))
                .andReturn().getResponse().getContentAsString()).isEqualTo(jsonFile.replace("\"reference\" : \"", "\"reference\" : \"COPY-"));
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePdfReadsLikeTheAgreement() throws Exception {
        UUID id = register.between(council(), police()).stream()
                .filter(t -> t.title().equals(DemoAgreements.SUPPORTING_FAMILIES)).findFirst().orElseThrow().agreementId();
        byte[] pdf = mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/" + id + "/document.pdf")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(DemoAgreements.SUPPORTING_FAMILIES, "1. Introduction to the agreement", "2. Purpose and benefits",
                "Lawful basis", "UK GDPR Art 6(1)(e)", "DPA 2018 Sch 1 Part 2 para 18", "DPA 2018 s35(5)", "3. Individuals", "4. Data",
                "The quarter in which the involvement or conviction took place", "5. Signatures", "Appendix A: Parties to this agreement",
                "Westshire Police", "Digital Economy Act 2017 Part 5", "Care Act 2014 s1", "Priya Shah");
        byte[] publicPdf = mvc.perform(get("/public/agreements/" + id + ".pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(publicPdf)) {
            String publicText = new PDFTextStripper().getText(document);
            assertThat(publicText).contains("5. Signatures", "Data Protection Officer").doesNotContain("Priya Shah");
        }
    }

    @Test
    void theLegalCatalogueGrowsByVersionedAdditions() throws Exception {
        String before = mvc.perform(as(COUNCIL_DPO, get("/api/v1/legal/provisions"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.provision.code == 'UKGDPR-A6-1E')].builtIn").value(hasItem(true)))
                .andExpect(jsonPath("$.entries[?(@.provision.code == 'CARE2014-S1')].builtIn").value(hasItem(false)))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(before, "$.version");
        String code = "TEST" + (System.nanoTime() % 100000) + "-S1";
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"STATUTORY_GATEWAY","citation":"Test Act %s","title":"Test"}""".formatted(code, code)))
                .andExpect(status().isForbidden());
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"lower case","kind":"STATUTORY_GATEWAY","citation":"","title":"Test"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "citation")));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"STATUTORY_GATEWAY","citation":"Test Act %s","title":"Test"}""".formatted(code, code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addedInVersion").value(version + 1))
                .andExpect(jsonPath("$.builtIn").value(false));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"%s","kind":"COMMON_LAW","citation":"Other","title":"Test"}""".formatted(code)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(as(POLICE_DPO, post("/api/v1/legal/provisions")).content("""
                {"code":"UKGDPR-A6-1E","kind":"ARTICLE_6","citation":"Dup","title":"Dup"}"""))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'legal.provision.added' and subject_id = :code")
                .param("code", code).query(Long.class).single()).isEqualTo(1);
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/legal/provisions/" + code))).andExpect(status().isOk());
    }
}

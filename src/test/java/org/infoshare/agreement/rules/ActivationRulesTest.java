package org.infoshare.agreement.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.AgreementFixtures;
import org.infoshare.agreement.Dpia;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ActivationRulesTest {

    private static final ActivationRules.Context CONTEXT = AgreementFixtures.context();
    private static final AgreementDocument VALID = AgreementFixtures.supportingFamilies();

    private static List<Violation> check(AgreementDocument document) {
        return ActivationRules.document(document, CONTEXT);
    }

    @Test
    void theDemoAgreementsMeetEveryDocumentRule() {
        assertThat(check(VALID)).isEmpty();
        assertThat(check(AgreementFixtures.familySafeguarding())).isEmpty();
    }

    @Test
    void anEmptyDraftIsRefusedNamingEveryMissingElement() {
        AgreementDocument empty = new AgreementDocument(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<Violation> violations = check(empty);
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
                "title", "summary", "sharingMode", "purposes", "parties", "lawfulBasis.article6", "dataSubjects",
                "deceasedPersons", "dataItems", "recipientsAndAccess", "dataQuality", "transferMethods", "securityMeasures",
                "outsideUkProcessing", "retention", "privacyNotices", "individualsRights", "breachProcedure",
                "freedomOfInformation", "foiAssistanceWorkingDays", "foiDataExchangeWorkingDays", "review", "termination",
                "obligations", "sanctions");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    /** 000 §4.2's list plus what 002 adds: each element, when blank, is refused by name and nothing else is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "summary", "deceasedPersons", "recipientsAndAccess", "dataQuality", "securityMeasures", "outsideUkProcessing",
            "retention", "privacyNotices", "individualsRights", "breachProcedure", "freedomOfInformation", "review",
            "termination", "obligations", "sanctions"})
    void eachMandatoryTextIsRefusedWhenBlank(String field) throws Exception {
        AgreementDocument blanked = with(VALID, field, "  ");
        assertThat(check(blanked)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple(field, ActivationRules.REQUIRED_ELEMENT));
    }

    @Test
    void purposesDataSubjectsDataItemsAndTransferMethodsAreRequired() throws Exception {
        assertThat(check(with(VALID, "purposes", List.of()))).extracting(Violation::field).containsExactly("purposes");
        assertThat(check(with(VALID, "dataSubjects", List.of()))).extracting(Violation::field).containsExactly("dataSubjects");
        assertThat(check(with(VALID, "transferMethods", List.of()))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("transferMethods", ActivationRules.REQUIRED_ELEMENT));
        assertThat(check(with(with(VALID, "dataItems", List.of()), "lawfulBasis", basis(b -> b))))
                .extracting(Violation::field).containsExactly("dataItems");
    }

    @Test
    void anArticle6BasisIsAlwaysRequired() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument without = with(VALID, "lawfulBasis", new LawfulBasis(List.of(), b.article9(), b.specialCategoryConditions(),
                b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(without)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.article6", ActivationRules.ARTICLE_6_REQUIRED));
    }

    @Test
    void specialCategoryItemsNeedAnArticle9Condition() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument without = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), List.of(), b.specialCategoryConditions(),
                b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        List<Violation> violations = check(without);
        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.article9", ActivationRules.SPECIAL_CATEGORY_CONDITION));
        assertThat(violations.get(0).message()).contains("racial-or-ethnic-origin", "sexual-orientation");
    }

    @Test
    void anArticle9ConditionNeedsAFittingSchedule1Condition() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument without = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), List.of(),
                b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(without)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.specialCategoryConditions", ActivationRules.SCHEDULE_1_CONDITION));
        // Art 9(2)(h) fits only Sch 1 para 2; para 18 alone does not satisfy it.
        AgreementDocument mismatched = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), List.of("UKGDPR-A9-2H"),
                List.of("DPA18-S1-18"), b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        List<Violation> violations = check(mismatched);
        assertThat(violations).extracting(Violation::rule).containsExactly(ActivationRules.SCHEDULE_1_CONDITION);
        assertThat(violations.get(0).message()).contains("UK GDPR Art 9(2)(h)", "DPA 2018 Sch 1 Part 1 para 2");
    }

    @Test
    void explicitConsentNeedsNoSchedule1Condition() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument consent = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), List.of("UKGDPR-A9-2A"), List.of(),
                b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(consent)).isEmpty();
    }

    @Test
    void criminalOffenceItemsNeedArticle10AndASchedule1Condition() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument noArticle10 = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                List.of(), b.criminalOffenceConditions(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        List<Violation> violations = check(noArticle10);
        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.article10", ActivationRules.CRIMINAL_OFFENCE_BASIS));
        assertThat(violations.get(0).message()).contains("crime-involvement", "crime-quarter", "victim-or-perpetrator");
        AgreementDocument noCondition = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                b.article10(), List.of(), b.section35(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(noCondition)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.criminalOffenceConditions", ActivationRules.SCHEDULE_1_CONDITION));
    }

    @Test
    void aCompetentAuthoritysSensitiveProcessingNeedsSection35AndSchedule8() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument noSection35 = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                b.article10(), b.criminalOffenceConditions(), List.of(), b.schedule8(), b.statutoryGateways(), b.commonLaw()));
        List<Violation> violations = check(noSection35);
        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.section35", ActivationRules.PART_3_SENSITIVE));
        assertThat(violations.get(0).message()).contains("Party 2");
        AgreementDocument noSchedule8 = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                b.article10(), b.criminalOffenceConditions(), b.section35(), List.of(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(noSchedule8)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("lawfulBasis.schedule8", ActivationRules.SCHEDULE_8_CONDITION));
        AgreementDocument consentOnly = with(VALID, "lawfulBasis", new LawfulBasis(b.article6(), b.article9(), b.specialCategoryConditions(),
                b.article10(), b.criminalOffenceConditions(), List.of("DPA18-S35-4"), List.of(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(consentOnly)).isEmpty();
    }

    @Test
    void withoutACompetentAuthorityPart3IsNotNeeded() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        List<Party> civilian = VALID.parties().stream()
                .map(p -> new Party(p.organisationId(), p.role(), p.duties(), false, null)).toList();
        AgreementDocument document = with(with(VALID, "parties", civilian), "lawfulBasis", new LawfulBasis(b.article6(), b.article9(),
                b.specialCategoryConditions(), b.article10(), b.criminalOffenceConditions(), List.of(), List.of(), b.statutoryGateways(), b.commonLaw()));
        assertThat(check(document)).isEmpty();
    }

    @Test
    void codesMustComeFromTheCatalogueAndSitInTheirLayer() throws Exception {
        LawfulBasis b = VALID.lawfulBasis();
        AgreementDocument wrong = with(VALID, "lawfulBasis", new LawfulBasis(List.of("UKGDPR-A6-1E", "DPA18-S1-18"), b.article9(),
                b.specialCategoryConditions(), b.article10(), b.criminalOffenceConditions(), b.section35(), b.schedule8(),
                List.of("DEA2017-P5", "NOT-A-LAW"), b.commonLaw()));
        assertThat(check(wrong)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("lawfulBasis.article6[1]", ActivationRules.WRONG_LAYER),
                tuple("lawfulBasis.statutoryGateways[1]", ActivationRules.UNKNOWN_PROVISION));
    }

    @Test
    void partiesNeedTwoOrganisationsFromTheDirectoryAControllerRolesAndDuties() throws Exception {
        Party council = VALID.parties().get(0);
        assertThat(check(with(VALID, "parties", List.of(council)))).extracting(Violation::rule)
                .contains(ActivationRules.MIN_PARTIES);
        List<Party> odd = List.of(new Party(council.organisationId(), ControllerRole.PROCESSOR, List.of(), false, null),
                new Party(UUID.randomUUID(), null, List.of("Something"), false, null),
                new Party(council.organisationId(), ControllerRole.PROCESSOR, List.of("Again"), false, null));
        assertThat(check(with(VALID, "parties", odd))).extracting(Violation::field, Violation::rule).contains(
                tuple("parties[0].duties", ActivationRules.REQUIRED_ELEMENT),
                tuple("parties[1].organisationId", ActivationRules.UNKNOWN_ORGANISATION),
                tuple("parties[1].role", ActivationRules.REQUIRED_ELEMENT),
                tuple("parties[2].organisationId", ActivationRules.DUPLICATE),
                tuple("parties", ActivationRules.CONTROLLER_REQUIRED));
    }

    @Test
    void itemsNeedACodeACategoryAKindForSpecialCategoryAndRecipientsWhoAreParties() throws Exception {
        List<DataItem> items = new ArrayList<>(VALID.dataItems());
        items.add(new DataItem("Bad Code", "Health", null, DataCategory.SPECIAL_CATEGORY, null, List.of(UUID.randomUUID())));
        items.add(new DataItem("date-of-birth", "Again", null, DataCategory.PERSONAL, SpecialCategory.HEALTH, List.of()));
        items.add(new DataItem(null, null, null, null, null, List.of(AgreementFixtures.COUNCIL)));
        int n = VALID.dataItems().size();
        assertThat(check(with(VALID, "dataItems", items))).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("dataItems[" + n + "].code", ActivationRules.FORMAT),
                tuple("dataItems[" + n + "].specialCategory", ActivationRules.SPECIAL_CATEGORY_KIND),
                tuple("dataItems[" + n + "].recipients[0]", ActivationRules.RECIPIENT_NOT_PARTY),
                tuple("dataItems[" + (n + 1) + "].code", ActivationRules.DUPLICATE),
                tuple("dataItems[" + (n + 1) + "].specialCategory", ActivationRules.SPECIAL_CATEGORY_KIND),
                tuple("dataItems[" + (n + 1) + "].recipients", ActivationRules.REQUIRED_ELEMENT),
                tuple("dataItems[" + (n + 2) + "].code", ActivationRules.REQUIRED_ELEMENT),
                tuple("dataItems[" + (n + 2) + "].name", ActivationRules.REQUIRED_ELEMENT),
                tuple("dataItems[" + (n + 2) + "].category", ActivationRules.REQUIRED_ELEMENT));
    }

    @Test
    void foiClocksMustBePositive() throws Exception {
        assertThat(check(with(VALID, "foiAssistanceWorkingDays", 0))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("foiAssistanceWorkingDays", ActivationRules.POSITIVE));
    }

    // --- DPIA ---------------------------------------------------------------------------------------

    private static final Dpia.ScreeningAnswers HIGH_RISK = new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false);
    private static final Dpia.ScreeningAnswers NOTHING = new Dpia.ScreeningAnswers(false, false, false, false, false, false, false, false, false);

    @Test
    void activationNeedsAScreening() {
        assertThat(ActivationRules.activation(VALID, CONTEXT, null)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("dpia.screening", ActivationRules.DPIA_SCREENING));
    }

    @Test
    void whereScreeningRequiresItTheAssessmentMustBeCompleteAndSignedOff() {
        Dpia.State screened = new Dpia.State(UUID.randomUUID(), 1, HIGH_RISK, true, List.of("x"), null, Instant.EPOCH,
                null, null, null, null, null);
        assertThat(ActivationRules.dpia(VALID, screened)).extracting(Violation::field).containsExactly(
                "dpia.assessment.benefits", "dpia.assessment.risksToIndividuals", "dpia.assessment.risksToOrganisation",
                "dpia.assessment.riskOfNotSharing", "dpia.assessment.mitigations", "dpia.assessment.residualRisk",
                "dpia.assessment.dpoAdvice", "dpia.signOff");
        Dpia.State assessed = new Dpia.State(screened.agreementId(), 1, HIGH_RISK, true, List.of("x"), null, Instant.EPOCH,
                AgreementFixtures.completeAssessment(), null, Instant.EPOCH, null, null);
        assertThat(ActivationRules.dpia(VALID, assessed)).extracting(Violation::rule).containsExactly(ActivationRules.DPIA_SIGN_OFF);
        Dpia.State signed = new Dpia.State(screened.agreementId(), 1, HIGH_RISK, true, List.of("x"), null, Instant.EPOCH,
                AgreementFixtures.completeAssessment(), null, Instant.EPOCH, UUID.randomUUID(), Instant.EPOCH);
        assertThat(ActivationRules.activation(VALID, CONTEXT, signed)).isEmpty();
    }

    @Test
    void aScreeningThatNoLongerFitsTheAgreementMustBeRedone() throws Exception {
        AgreementDocument plain = with(with(VALID, "dataItems", List.of(VALID.dataItems().get(0))), "dataSubjects",
                List.of(org.infoshare.agreement.DataSubjectType.PROFESSIONAL));
        Dpia.State notRequired = new Dpia.State(UUID.randomUUID(), 1, NOTHING, false, List.of(), null, Instant.EPOCH,
                null, null, null, null, null);
        assertThat(ActivationRules.dpia(plain, notRequired)).isEmpty();
        assertThat(ActivationRules.dpia(VALID, notRequired)).extracting(Violation::rule)
                .containsExactly(ActivationRules.DPIA_SCREENING_OUTDATED);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static LawfulBasis basis(UnaryOperator<LawfulBasis> change) {
        LawfulBasis b = VALID.lawfulBasis();
        return change.apply(new LawfulBasis(b.article6(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                b.statutoryGateways(), b.commonLaw()));
    }

    /** A copy of the document with one property replaced. */
    static AgreementDocument with(AgreementDocument document, String property, Object value) throws Exception {
        var components = AgreementDocument.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(property) ? value : components[i].getAccessor().invoke(document);
        }
        return AgreementDocument.class.getDeclaredConstructor(types).newInstance(args);
    }
}

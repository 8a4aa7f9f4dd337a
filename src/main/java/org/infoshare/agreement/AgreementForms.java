package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.AgreementDocument.RelatedAgreement;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

/**
 * The agreement pages' forms. Property names mirror {@link AgreementDocument}, so a rule broken in a field
 * shows beside it. Lists of sentences are entered one per line.
 */
final class AgreementForms {

    private AgreementForms() {
    }

    public static class CreateForm {
        private String title;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    /** One page of the draft: every section's fields, of which each page binds its own. */
    public static class DraftForm {
        private Integer revision;
        private String title;
        private String summary;
        private SharingMode sharingMode;
        private String relatedAgreements;
        private String purposes;
        private String benefits;
        private LawfulBasisForm lawfulBasis = new LawfulBasisForm();
        private String consent;
        private String proportionality;
        private Set<DataSubjectType> dataSubjects = new LinkedHashSet<>();
        private String deceasedPersons;
        private String privacyNotices;
        private String individualsRights;
        private String recipientsAndAccess;
        private String dataQuality;
        private Set<TransferMethod> transferMethods = new LinkedHashSet<>();
        private String securityMeasures;
        private String outsideUkProcessing;
        private String breachProcedure;
        private String retention;
        private String freedomOfInformation;
        private String foiAssistanceWorkingDays;
        private String foiDataExchangeWorkingDays;
        private String review;
        private String termination;
        private String obligations;
        private String sanctions;

        static DraftForm of(AgreementDocument d, int revision) {
            DraftForm f = new DraftForm();
            f.revision = revision;
            f.title = d.title();
            f.summary = d.summary();
            f.sharingMode = d.sharingMode();
            f.relatedAgreements = String.join("\n", d.relatedAgreements().stream()
                    .map(r -> r.description() == null ? r.area() : r.area() + ": " + r.description()).toList());
            f.purposes = lines(d.purposes());
            f.benefits = lines(d.benefits());
            f.lawfulBasis = LawfulBasisForm.of(d.lawfulBasis());
            f.consent = d.consent();
            f.proportionality = d.proportionality();
            f.dataSubjects = new LinkedHashSet<>(d.dataSubjects());
            f.deceasedPersons = d.deceasedPersons();
            f.privacyNotices = d.privacyNotices();
            f.individualsRights = d.individualsRights();
            f.recipientsAndAccess = d.recipientsAndAccess();
            f.dataQuality = d.dataQuality();
            f.transferMethods = new LinkedHashSet<>(d.transferMethods());
            f.securityMeasures = d.securityMeasures();
            f.outsideUkProcessing = d.outsideUkProcessing();
            f.breachProcedure = d.breachProcedure();
            f.retention = d.retention();
            f.freedomOfInformation = d.freedomOfInformation();
            f.foiAssistanceWorkingDays = d.foiAssistanceWorkingDays() == null ? "" : String.valueOf(d.foiAssistanceWorkingDays());
            f.foiDataExchangeWorkingDays = d.foiDataExchangeWorkingDays() == null ? "" : String.valueOf(d.foiDataExchangeWorkingDays());
            f.review = d.review();
            f.termination = d.termination();
            f.obligations = d.obligations();
            f.sanctions = d.sanctions();
            return f;
        }

        /** The document with this page's section taken from the form. */
        AgreementDocument apply(AgreementSection section, AgreementDocument d) {
            return switch (section) {
                case ABOUT -> copy(d, c -> {
                    c.title = blankToNull(title);
                    c.summary = blankToNull(summary);
                    c.sharingMode = sharingMode;
                    c.relatedAgreements = related(relatedAgreements);
                });
                case PURPOSE -> copy(d, c -> {
                    c.purposes = splitLines(purposes);
                    c.benefits = splitLines(benefits);
                });
                case LAWFUL_BASIS -> copy(d, c -> {
                    c.lawfulBasis = lawfulBasis.toBasis();
                    c.consent = blankToNull(consent);
                    c.proportionality = blankToNull(proportionality);
                });
                case INDIVIDUALS -> copy(d, c -> {
                    c.dataSubjects = ordered(dataSubjects, DataSubjectType.values());
                    c.deceasedPersons = blankToNull(deceasedPersons);
                    c.privacyNotices = blankToNull(privacyNotices);
                    c.individualsRights = blankToNull(individualsRights);
                });
                case DATA -> copy(d, c -> c.recipientsAndAccess = blankToNull(recipientsAndAccess));
                case DATA_QUALITY -> copy(d, c -> c.dataQuality = blankToNull(dataQuality));
                case SECURITY -> copy(d, c -> {
                    c.transferMethods = ordered(transferMethods, TransferMethod.values());
                    c.securityMeasures = blankToNull(securityMeasures);
                    c.outsideUkProcessing = blankToNull(outsideUkProcessing);
                    c.breachProcedure = blankToNull(breachProcedure);
                });
                case RETENTION -> copy(d, c -> c.retention = blankToNull(retention));
                case FOI -> copy(d, c -> {
                    c.freedomOfInformation = blankToNull(freedomOfInformation);
                    c.foiAssistanceWorkingDays = number("foiAssistanceWorkingDays", foiAssistanceWorkingDays);
                    c.foiDataExchangeWorkingDays = number("foiDataExchangeWorkingDays", foiDataExchangeWorkingDays);
                });
                case REVIEW -> copy(d, c -> {
                    c.review = blankToNull(review);
                    c.termination = blankToNull(termination);
                });
                case OBLIGATIONS -> copy(d, c -> {
                    c.obligations = blankToNull(obligations);
                    c.sanctions = blankToNull(sanctions);
                });
                case PARTIES -> d;
            };
        }

        private static List<RelatedAgreement> related(String text) {
            List<RelatedAgreement> related = new ArrayList<>();
            for (String line : splitLines(text)) {
                int colon = line.indexOf(':');
                related.add(colon < 0 ? new RelatedAgreement(line, null)
                        : new RelatedAgreement(line.substring(0, colon).strip(), blankToNull(line.substring(colon + 1))));
            }
            return related;
        }

        private static Integer number(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw InvalidRequestException.of(field, "number", "Enter a number of working days, like 2");
            }
        }

        public Integer getRevision() { return revision; }
        public void setRevision(Integer revision) { this.revision = revision; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public SharingMode getSharingMode() { return sharingMode; }
        public void setSharingMode(SharingMode sharingMode) { this.sharingMode = sharingMode; }
        public String getRelatedAgreements() { return relatedAgreements; }
        public void setRelatedAgreements(String relatedAgreements) { this.relatedAgreements = relatedAgreements; }
        public String getPurposes() { return purposes; }
        public void setPurposes(String purposes) { this.purposes = purposes; }
        public String getBenefits() { return benefits; }
        public void setBenefits(String benefits) { this.benefits = benefits; }
        public LawfulBasisForm getLawfulBasis() { return lawfulBasis; }
        public void setLawfulBasis(LawfulBasisForm lawfulBasis) { this.lawfulBasis = lawfulBasis; }
        public String getConsent() { return consent; }
        public void setConsent(String consent) { this.consent = consent; }
        public String getProportionality() { return proportionality; }
        public void setProportionality(String proportionality) { this.proportionality = proportionality; }
        public Set<DataSubjectType> getDataSubjects() { return dataSubjects; }
        public void setDataSubjects(Set<DataSubjectType> dataSubjects) { this.dataSubjects = dataSubjects; }
        public String getDeceasedPersons() { return deceasedPersons; }
        public void setDeceasedPersons(String deceasedPersons) { this.deceasedPersons = deceasedPersons; }
        public String getPrivacyNotices() { return privacyNotices; }
        public void setPrivacyNotices(String privacyNotices) { this.privacyNotices = privacyNotices; }
        public String getIndividualsRights() { return individualsRights; }
        public void setIndividualsRights(String individualsRights) { this.individualsRights = individualsRights; }
        public String getRecipientsAndAccess() { return recipientsAndAccess; }
        public void setRecipientsAndAccess(String recipientsAndAccess) { this.recipientsAndAccess = recipientsAndAccess; }
        public String getDataQuality() { return dataQuality; }
        public void setDataQuality(String dataQuality) { this.dataQuality = dataQuality; }
        public Set<TransferMethod> getTransferMethods() { return transferMethods; }
        public void setTransferMethods(Set<TransferMethod> transferMethods) { this.transferMethods = transferMethods; }
        public String getSecurityMeasures() { return securityMeasures; }
        public void setSecurityMeasures(String securityMeasures) { this.securityMeasures = securityMeasures; }
        public String getOutsideUkProcessing() { return outsideUkProcessing; }
        public void setOutsideUkProcessing(String outsideUkProcessing) { this.outsideUkProcessing = outsideUkProcessing; }
        public String getBreachProcedure() { return breachProcedure; }
        public void setBreachProcedure(String breachProcedure) { this.breachProcedure = breachProcedure; }
        public String getRetention() { return retention; }
        public void setRetention(String retention) { this.retention = retention; }
        public String getFreedomOfInformation() { return freedomOfInformation; }
        public void setFreedomOfInformation(String freedomOfInformation) { this.freedomOfInformation = freedomOfInformation; }
        public String getFoiAssistanceWorkingDays() { return foiAssistanceWorkingDays; }
        public void setFoiAssistanceWorkingDays(String v) { this.foiAssistanceWorkingDays = v; }
        public String getFoiDataExchangeWorkingDays() { return foiDataExchangeWorkingDays; }
        public void setFoiDataExchangeWorkingDays(String v) { this.foiDataExchangeWorkingDays = v; }
        public String getReview() { return review; }
        public void setReview(String review) { this.review = review; }
        public String getTermination() { return termination; }
        public void setTermination(String termination) { this.termination = termination; }
        public String getObligations() { return obligations; }
        public void setObligations(String obligations) { this.obligations = obligations; }
        public String getSanctions() { return sanctions; }
        public void setSanctions(String sanctions) { this.sanctions = sanctions; }
    }

    public static class LawfulBasisForm {
        private List<String> article6 = new ArrayList<>();
        private List<String> article9 = new ArrayList<>();
        private List<String> specialCategoryConditions = new ArrayList<>();
        private List<String> article10 = new ArrayList<>();
        private List<String> criminalOffenceConditions = new ArrayList<>();
        private List<String> section35 = new ArrayList<>();
        private List<String> schedule8 = new ArrayList<>();
        private List<String> statutoryGateways = new ArrayList<>();
        private List<String> commonLaw = new ArrayList<>();

        static LawfulBasisForm of(LawfulBasis b) {
            LawfulBasisForm f = new LawfulBasisForm();
            f.article6 = new ArrayList<>(b.article6());
            f.article9 = new ArrayList<>(b.article9());
            f.specialCategoryConditions = new ArrayList<>(b.specialCategoryConditions());
            f.article10 = new ArrayList<>(b.article10());
            f.criminalOffenceConditions = new ArrayList<>(b.criminalOffenceConditions());
            f.section35 = new ArrayList<>(b.section35());
            f.schedule8 = new ArrayList<>(b.schedule8());
            f.statutoryGateways = new ArrayList<>(b.statutoryGateways());
            f.commonLaw = new ArrayList<>(b.commonLaw());
            return f;
        }

        LawfulBasis toBasis() {
            return new LawfulBasis(article6, article9, specialCategoryConditions, article10, criminalOffenceConditions, section35,
                    schedule8, statutoryGateways, commonLaw);
        }

        public List<String> getArticle6() { return article6; }
        public void setArticle6(List<String> v) { this.article6 = v; }
        public List<String> getArticle9() { return article9; }
        public void setArticle9(List<String> v) { this.article9 = v; }
        public List<String> getSpecialCategoryConditions() { return specialCategoryConditions; }
        public void setSpecialCategoryConditions(List<String> v) { this.specialCategoryConditions = v; }
        public List<String> getArticle10() { return article10; }
        public void setArticle10(List<String> v) { this.article10 = v; }
        public List<String> getCriminalOffenceConditions() { return criminalOffenceConditions; }
        public void setCriminalOffenceConditions(List<String> v) { this.criminalOffenceConditions = v; }
        public List<String> getSection35() { return section35; }
        public void setSection35(List<String> v) { this.section35 = v; }
        public List<String> getSchedule8() { return schedule8; }
        public void setSchedule8(List<String> v) { this.schedule8 = v; }
        public List<String> getStatutoryGateways() { return statutoryGateways; }
        public void setStatutoryGateways(List<String> v) { this.statutoryGateways = v; }
        public List<String> getCommonLaw() { return commonLaw; }
        public void setCommonLaw(List<String> v) { this.commonLaw = v; }
    }

    /** A party: its organisation, role, duties and whether it is a competent authority. */
    public static class PartyForm {
        private UUID organisationId;
        private ControllerRole role = ControllerRole.CONTROLLER;
        private String duties;
        private Boolean competentAuthority;
        private Integer revision;

        static PartyForm of(Party party, int revision) {
            PartyForm f = new PartyForm();
            f.organisationId = party.organisationId();
            f.role = party.role();
            f.duties = lines(party.duties());
            f.competentAuthority = party.competentAuthority();
            f.revision = revision;
            return f;
        }

        Party toParty() {
            List<Violation> problems = new ArrayList<>();
            if (organisationId == null) {
                problems.add(new Violation("organisationId", "required", "Choose the organisation"));
            }
            if (role == null) {
                problems.add(new Violation("role", "required", "Select the organisation's role under data protection law"));
            }
            if (splitLines(duties).isEmpty()) {
                problems.add(new Violation("duties", "required", "Set out the organisation's duties under the agreement"));
            }
            if (competentAuthority == null) {
                problems.add(new Violation("competentAuthority", "required",
                        "Say whether the organisation processes for law enforcement as a competent authority"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return new Party(organisationId, role, splitLines(duties), competentAuthority);
        }

        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
        public ControllerRole getRole() { return role; }
        public void setRole(ControllerRole role) { this.role = role; }
        public String getDuties() { return duties; }
        public void setDuties(String duties) { this.duties = duties; }
        public Boolean getCompetentAuthority() { return competentAuthority; }
        public void setCompetentAuthority(Boolean competentAuthority) { this.competentAuthority = competentAuthority; }
        public Integer getRevision() { return revision; }
        public void setRevision(Integer revision) { this.revision = revision; }
    }

    /** A data item at field level. */
    public static class ItemForm {
        // In the order the page shows them, so that the error summary reads the same way.
        private String name;
        private String code;
        private String description;
        private DataCategory category;
        private SpecialCategory specialCategory;
        private Set<UUID> recipients = new LinkedHashSet<>();
        private Integer revision;

        static ItemForm of(DataItem item, int revision) {
            ItemForm f = new ItemForm();
            f.code = item.code();
            f.name = item.name();
            f.description = item.description();
            f.category = item.category();
            f.specialCategory = item.specialCategory();
            f.recipients = new LinkedHashSet<>(item.recipients());
            f.revision = revision;
            return f;
        }

        DataItem toItem() {
            List<Violation> problems = new ArrayList<>();
            if (name == null || name.isBlank()) {
                problems.add(new Violation("name", "required", "Name the item, like Date of birth"));
            }
            if (code == null || code.isBlank()) {
                problems.add(new Violation("code", "required", "Give the item a code, like date-of-birth"));
            } else if (!code.strip().matches("[a-z0-9][a-z0-9-]{0,59}")) {
                problems.add(new Violation("code", "format", "The code must be lower-case letters, numbers and hyphens, like date-of-birth"));
            }
            if (category == null) {
                problems.add(new Violation("category", "required", "Select the category of data"));
            }
            if (category == DataCategory.SPECIAL_CATEGORY && specialCategory == null) {
                problems.add(new Violation("specialCategory", "required", "Select the kind of special category data"));
            }
            if (recipients == null || recipients.isEmpty()) {
                problems.add(new Violation("recipients", "required", "Select the parties that may receive the item"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return new DataItem(code.strip(), name.strip(), blankToNull(description), category,
                    category == DataCategory.SPECIAL_CATEGORY ? specialCategory : null, new ArrayList<>(recipients));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public DataCategory getCategory() { return category; }
        public void setCategory(DataCategory category) { this.category = category; }
        public SpecialCategory getSpecialCategory() { return specialCategory; }
        public void setSpecialCategory(SpecialCategory specialCategory) { this.specialCategory = specialCategory; }
        public Set<UUID> getRecipients() { return recipients; }
        public void setRecipients(Set<UUID> recipients) { this.recipients = recipients; }
        public Integer getRevision() { return revision; }
        public void setRevision(Integer revision) { this.revision = revision; }
    }

    /** The DPIA screening questions, as the names of the answers that are yes. */
    public static class ScreeningForm {
        static final List<String> QUESTIONS = Arrays.stream(Dpia.ScreeningAnswers.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();

        private Set<String> yes = new LinkedHashSet<>();

        static ScreeningForm of(Dpia.ScreeningAnswers answers) {
            ScreeningForm f = new ScreeningForm();
            if (answers != null) {
                for (var component : Dpia.ScreeningAnswers.class.getRecordComponents()) {
                    try {
                        if ((Boolean) component.getAccessor().invoke(answers)) {
                            f.yes.add(component.getName());
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return f;
        }

        Dpia.ScreeningAnswers toAnswers() {
            Set<String> y = yes == null ? Set.of() : yes;
            return new Dpia.ScreeningAnswers(y.contains("largeScale"), y.contains("systematicMonitoring"), y.contains("dataMatching"),
                    y.contains("innovativeTechnology"), y.contains("denialOfService"), y.contains("evaluationOrScoring"),
                    y.contains("automatedDecisions"), y.contains("invisibleProcessing"), y.contains("riskOfPhysicalHarm"));
        }

        public Set<String> getYes() { return yes; }
        public void setYes(Set<String> yes) { this.yes = yes; }
    }

    public static class RiskForm {
        private String description;
        private Dpia.Likelihood likelihood;
        private Dpia.Severity severity;

        static RiskForm of(Dpia.Risk risk) {
            RiskForm f = new RiskForm();
            f.description = risk.description();
            f.likelihood = risk.likelihood();
            f.severity = risk.severity();
            return f;
        }

        boolean empty() {
            return (description == null || description.isBlank()) && likelihood == null && severity == null;
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Dpia.Likelihood getLikelihood() { return likelihood; }
        public void setLikelihood(Dpia.Likelihood likelihood) { this.likelihood = likelihood; }
        public Dpia.Severity getSeverity() { return severity; }
        public void setSeverity(Dpia.Severity severity) { this.severity = severity; }
    }

    public static class AssessmentForm {
        static final int RISK_ROWS = 3;
        private String benefits;
        private List<RiskForm> risksToIndividuals = rows(List.of());
        private List<RiskForm> risksToOrganisation = rows(List.of());
        private String riskOfNotSharing;
        private String mitigations;
        private Dpia.RiskLevel residualRisk;
        private String dpoAdvice;

        static AssessmentForm of(Dpia.Assessment a) {
            AssessmentForm f = new AssessmentForm();
            if (a != null) {
                f.benefits = a.benefits();
                f.risksToIndividuals = rows(a.risksToIndividuals());
                f.risksToOrganisation = rows(a.risksToOrganisation());
                f.riskOfNotSharing = a.riskOfNotSharing();
                f.mitigations = a.mitigations();
                f.residualRisk = a.residualRisk();
                f.dpoAdvice = a.dpoAdvice();
            }
            return f;
        }

        private static List<RiskForm> rows(List<Dpia.Risk> risks) {
            List<RiskForm> rows = new ArrayList<>(risks.stream().map(RiskForm::of).toList());
            while (rows.size() < Math.max(RISK_ROWS, risks.size() + 1)) {
                rows.add(new RiskForm());
            }
            return rows;
        }

        Dpia.Assessment toAssessment() {
            return new Dpia.Assessment(blankToNull(benefits), risks(risksToIndividuals), risks(risksToOrganisation),
                    blankToNull(riskOfNotSharing), blankToNull(mitigations), residualRisk, blankToNull(dpoAdvice));
        }

        private static List<Dpia.Risk> risks(List<RiskForm> rows) {
            return rows == null ? List.of() : rows.stream().filter(r -> !r.empty())
                    .map(r -> new Dpia.Risk(blankToNull(r.description), r.likelihood, r.severity)).toList();
        }

        public String getBenefits() { return benefits; }
        public void setBenefits(String benefits) { this.benefits = benefits; }
        public List<RiskForm> getRisksToIndividuals() { return risksToIndividuals; }
        public void setRisksToIndividuals(List<RiskForm> v) { this.risksToIndividuals = v; }
        public List<RiskForm> getRisksToOrganisation() { return risksToOrganisation; }
        public void setRisksToOrganisation(List<RiskForm> v) { this.risksToOrganisation = v; }
        public String getRiskOfNotSharing() { return riskOfNotSharing; }
        public void setRiskOfNotSharing(String riskOfNotSharing) { this.riskOfNotSharing = riskOfNotSharing; }
        public String getMitigations() { return mitigations; }
        public void setMitigations(String mitigations) { this.mitigations = mitigations; }
        public Dpia.RiskLevel getResidualRisk() { return residualRisk; }
        public void setResidualRisk(Dpia.RiskLevel residualRisk) { this.residualRisk = residualRisk; }
        public String getDpoAdvice() { return dpoAdvice; }
        public void setDpoAdvice(String dpoAdvice) { this.dpoAdvice = dpoAdvice; }
    }

    public static class ReviewForm {
        private ReviewOutcome outcome;
        private String notes;

        public ReviewOutcome getOutcome() { return outcome; }
        public void setOutcome(ReviewOutcome outcome) { this.outcome = outcome; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class TerminateForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class ImportForm {
        private AgreementCommands.FileFormat format = AgreementCommands.FileFormat.YAML;
        private UUID agreementId;
        private String content;

        public AgreementCommands.FileFormat getFormat() { return format; }
        public void setFormat(AgreementCommands.FileFormat format) { this.format = format; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public UUID getAgreementId() { return agreementId; }
        public void setAgreementId(UUID agreementId) { this.agreementId = agreementId; }
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static String lines(List<String> values) {
        return String.join("\n", values.stream().map(v -> v == null ? "" : v).toList());
    }

    static List<String> splitLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> List<E> ordered(Set<E> chosen, E[] order) {
        return chosen == null ? List.of() : Arrays.stream(order).filter(chosen::contains).toList();
    }

    /** A mutable copy of a document, for changing a few fields. */
    static final class Copy {
        String title; String summary; SharingMode sharingMode; List<String> purposes; List<String> benefits; List<Party> parties;
        LawfulBasis lawfulBasis; String consent; String proportionality; List<DataSubjectType> dataSubjects; String deceasedPersons;
        List<DataItem> dataItems; String recipientsAndAccess; String dataQuality; List<TransferMethod> transferMethods;
        String securityMeasures; String outsideUkProcessing; String retention; String privacyNotices; String individualsRights;
        String breachProcedure; String freedomOfInformation; Integer foiAssistanceWorkingDays; Integer foiDataExchangeWorkingDays;
        String review; String termination; String obligations; String sanctions; List<RelatedAgreement> relatedAgreements;

        AgreementDocument build() {
            return new AgreementDocument(title, summary, sharingMode, purposes, benefits, parties, lawfulBasis, consent, proportionality,
                    dataSubjects, deceasedPersons, dataItems, recipientsAndAccess, dataQuality, transferMethods, securityMeasures,
                    outsideUkProcessing, retention, privacyNotices, individualsRights, breachProcedure, freedomOfInformation,
                    foiAssistanceWorkingDays, foiDataExchangeWorkingDays, review, termination, obligations, sanctions, relatedAgreements);
        }
    }

    static AgreementDocument copy(AgreementDocument d, java.util.function.Consumer<Copy> change) {
        Copy c = new Copy();
        c.title = d.title(); c.summary = d.summary(); c.sharingMode = d.sharingMode(); c.purposes = d.purposes(); c.benefits = d.benefits();
        c.parties = d.parties(); c.lawfulBasis = d.lawfulBasis(); c.consent = d.consent(); c.proportionality = d.proportionality();
        c.dataSubjects = d.dataSubjects(); c.deceasedPersons = d.deceasedPersons(); c.dataItems = d.dataItems();
        c.recipientsAndAccess = d.recipientsAndAccess(); c.dataQuality = d.dataQuality(); c.transferMethods = d.transferMethods();
        c.securityMeasures = d.securityMeasures(); c.outsideUkProcessing = d.outsideUkProcessing(); c.retention = d.retention();
        c.privacyNotices = d.privacyNotices(); c.individualsRights = d.individualsRights(); c.breachProcedure = d.breachProcedure();
        c.freedomOfInformation = d.freedomOfInformation(); c.foiAssistanceWorkingDays = d.foiAssistanceWorkingDays();
        c.foiDataExchangeWorkingDays = d.foiDataExchangeWorkingDays(); c.review = d.review(); c.termination = d.termination();
        c.obligations = d.obligations(); c.sanctions = d.sanctions(); c.relatedAgreements = d.relatedAgreements();
        change.accept(c);
        return c.build();
    }
}

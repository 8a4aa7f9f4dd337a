package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.RelatedAgreement;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.InvalidRequestException;

import static org.infoshare.agreement.FormText.blankToNull;
import static org.infoshare.agreement.FormText.lines;
import static org.infoshare.agreement.FormText.ordered;
import static org.infoshare.agreement.FormText.splitLines;

/**
 * The drafting pages' forms: a new agreement's title, and one section of the draft at a time. Property names
 * mirror {@link AgreementDocument}, so a rule broken in a field shows beside it.
 */
final class DraftingForms {

    private DraftingForms() {
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
        private Set<SharingPurpose> purposes = new LinkedHashSet<>();
        private Map<String, String> purposeWording = new LinkedHashMap<>();
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
        private String firstReviewMonths;
        private String reviewEveryMonths;
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
            for (AgreementDocument.Purpose purpose : d.purposes()) {
                if (purpose != null && purpose.code() != null) {
                    f.purposes.add(purpose.code());
                    f.purposeWording.put(purpose.code().name(), purpose.wording());
                }
            }
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
            f.firstReviewMonths = d.firstReviewMonths() == null ? "" : String.valueOf(d.firstReviewMonths());
            f.reviewEveryMonths = d.reviewEveryMonths() == null ? "" : String.valueOf(d.reviewEveryMonths());
            f.termination = d.termination();
            f.obligations = d.obligations();
            f.sanctions = d.sanctions();
            return f;
        }

        /** The document with this page's section taken from the form. */
        AgreementDocument apply(AgreementSection section, AgreementDocument d) {
            return switch (section) {
                case ABOUT -> DocumentCopy.edit(d, c -> {
                    c.title = blankToNull(title);
                    c.summary = blankToNull(summary);
                    c.sharingMode = sharingMode;
                    c.relatedAgreements = related(relatedAgreements);
                });
                case PURPOSE -> DocumentCopy.edit(d, c -> {
                    c.purposes = purposes();
                    c.benefits = splitLines(benefits);
                });
                case LAWFUL_BASIS -> DocumentCopy.edit(d, c -> {
                    c.lawfulBasis = lawfulBasis.toBasis();
                    c.consent = blankToNull(consent);
                    c.proportionality = blankToNull(proportionality);
                });
                case INDIVIDUALS -> DocumentCopy.edit(d, c -> {
                    c.dataSubjects = ordered(dataSubjects, DataSubjectType.values());
                    c.deceasedPersons = blankToNull(deceasedPersons);
                    c.privacyNotices = blankToNull(privacyNotices);
                    c.individualsRights = blankToNull(individualsRights);
                });
                case DATA -> DocumentCopy.edit(d, c -> c.recipientsAndAccess = blankToNull(recipientsAndAccess));
                case DATA_QUALITY -> DocumentCopy.edit(d, c -> c.dataQuality = blankToNull(dataQuality));
                case SECURITY -> DocumentCopy.edit(d, c -> {
                    c.transferMethods = ordered(transferMethods, TransferMethod.values());
                    c.securityMeasures = blankToNull(securityMeasures);
                    c.outsideUkProcessing = blankToNull(outsideUkProcessing);
                    c.breachProcedure = blankToNull(breachProcedure);
                });
                case RETENTION -> DocumentCopy.edit(d, c -> c.retention = blankToNull(retention));
                case FOI -> DocumentCopy.edit(d, c -> {
                    c.freedomOfInformation = blankToNull(freedomOfInformation);
                    c.foiAssistanceWorkingDays = number("foiAssistanceWorkingDays", foiAssistanceWorkingDays, "working days, like 2");
                    c.foiDataExchangeWorkingDays = number("foiDataExchangeWorkingDays", foiDataExchangeWorkingDays, "working days, like 7");
                });
                case REVIEW -> DocumentCopy.edit(d, c -> {
                    c.review = blankToNull(review);
                    c.firstReviewMonths = number("firstReviewMonths", firstReviewMonths, "months, like 6");
                    c.reviewEveryMonths = number("reviewEveryMonths", reviewEveryMonths, "months, like 12");
                    c.termination = blankToNull(termination);
                });
                case OBLIGATIONS -> DocumentCopy.edit(d, c -> {
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

        /** The purposes ticked, in the vocabulary's order, each with the wording written beside it. */
        private List<AgreementDocument.Purpose> purposes() {
            List<AgreementDocument.Purpose> chosen = new ArrayList<>();
            for (SharingPurpose code : ordered(purposes, SharingPurpose.values())) {
                chosen.add(new AgreementDocument.Purpose(code, blankToNull(purposeWording.get(code.name()))));
            }
            return chosen;
        }

        private static Integer number(String field, String text, String example) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw InvalidRequestException.of(field, "number", "Enter a number of " + example);
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
        public Set<SharingPurpose> getPurposes() { return purposes; }
        public void setPurposes(Set<SharingPurpose> purposes) { this.purposes = purposes; }
        public Map<String, String> getPurposeWording() { return purposeWording; }
        public void setPurposeWording(Map<String, String> purposeWording) { this.purposeWording = purposeWording; }
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
        public String getFirstReviewMonths() { return firstReviewMonths; }
        public void setFirstReviewMonths(String v) { this.firstReviewMonths = v; }
        public String getReviewEveryMonths() { return reviewEveryMonths; }
        public void setReviewEveryMonths(String v) { this.reviewEveryMonths = v; }
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
}

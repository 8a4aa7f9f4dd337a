package org.infoshare.agreement;

import java.util.List;
import java.util.function.Consumer;

import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.AgreementDocument.RelatedAgreement;

/** A mutable copy of a document, for changing a few fields: {@code DocumentCopy.edit(d, c -> c.title = "New")}. */
final class DocumentCopy {

    String title; String summary; SharingMode sharingMode; List<AgreementDocument.Purpose> purposes; List<String> benefits; List<Party> parties;
    LawfulBasis lawfulBasis; String consent; String proportionality; List<DataSubjectType> dataSubjects; String deceasedPersons;
    List<DataItem> dataItems; String recipientsAndAccess; String dataQuality; List<TransferMethod> transferMethods;
    String securityMeasures; String outsideUkProcessing; String retention; String privacyNotices; String individualsRights;
    String breachProcedure; String freedomOfInformation; Integer foiAssistanceWorkingDays; Integer foiDataExchangeWorkingDays;
    String review; Integer firstReviewMonths; Integer reviewEveryMonths; String termination; String obligations; String sanctions; List<RelatedAgreement> relatedAgreements;

    private DocumentCopy() {
    }

    static AgreementDocument edit(AgreementDocument d, Consumer<DocumentCopy> change) {
        DocumentCopy c = new DocumentCopy();
        c.title = d.title(); c.summary = d.summary(); c.sharingMode = d.sharingMode(); c.purposes = d.purposes(); c.benefits = d.benefits();
        c.parties = d.parties(); c.lawfulBasis = d.lawfulBasis(); c.consent = d.consent(); c.proportionality = d.proportionality();
        c.dataSubjects = d.dataSubjects(); c.deceasedPersons = d.deceasedPersons(); c.dataItems = d.dataItems();
        c.recipientsAndAccess = d.recipientsAndAccess(); c.dataQuality = d.dataQuality(); c.transferMethods = d.transferMethods();
        c.securityMeasures = d.securityMeasures(); c.outsideUkProcessing = d.outsideUkProcessing(); c.retention = d.retention();
        c.privacyNotices = d.privacyNotices(); c.individualsRights = d.individualsRights(); c.breachProcedure = d.breachProcedure();
        c.freedomOfInformation = d.freedomOfInformation(); c.foiAssistanceWorkingDays = d.foiAssistanceWorkingDays();
        c.foiDataExchangeWorkingDays = d.foiDataExchangeWorkingDays(); c.review = d.review();
        c.firstReviewMonths = d.firstReviewMonths(); c.reviewEveryMonths = d.reviewEveryMonths(); c.termination = d.termination();
        c.obligations = d.obligations(); c.sanctions = d.sanctions(); c.relatedAgreements = d.relatedAgreements();
        change.accept(c);
        return c.build();
    }

    private AgreementDocument build() {
        return new AgreementDocument(title, summary, sharingMode, purposes, benefits, parties, lawfulBasis, consent, proportionality,
                dataSubjects, deceasedPersons, dataItems, recipientsAndAccess, dataQuality, transferMethods, securityMeasures,
                outsideUkProcessing, retention, privacyNotices, individualsRights, breachProcedure, freedomOfInformation,
                foiAssistanceWorkingDays, foiDataExchangeWorkingDays, review, firstReviewMonths, reviewEveryMonths, termination, obligations, sanctions, relatedAgreements);
    }
}

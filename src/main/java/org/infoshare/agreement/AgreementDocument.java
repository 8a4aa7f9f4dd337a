package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.clock.rules.ReviewCycle;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.SharingPurpose;

/**
 * The text and structure of one agreement version: every element 000 §4.2 requires, plus what the
 * pan-London DSA (002) adds. This is what is drafted section by section, checked by
 * {@link org.infoshare.agreement.rules.ActivationRules}, signed, exported as YAML or JSON and printed.
 * Lists are never null (an absent list reads as empty) so that a document round-trips exactly.
 *
 * @param summary                  the introduction: what the agreement is for and whom it binds (002 §1)
 * @param purposes                 the specific purposes of the sharing (000 §4.2; 002 §2): each a code from the purpose
 *                                 vocabulary, which the platform's rules read, with the agreement's own words beside it
 * @param benefits                 the benefits expected (002 §2.1)
 * @param consent                  the agreement's position on consent as a basis (002 §2.4)
 * @param proportionality          how necessity and proportionality are judged (002 §2.5)
 * @param dataSubjects             whose data is shared (002 §3.3)
 * @param deceasedPersons          how deceased people's information is treated (002 §4.2)
 * @param recipientsAndAccess      potential recipients and the circumstances of access (000 §4.2)
 * @param securityMeasures         storage, handling and access controls (002 §4.4, §4.5)
 * @param outsideUkProcessing      safeguards for any processing outside the UK (002 §4.6)
 * @param individualsRights        subject-rights requests and complaints (002 §3.2)
 * @param privacyNotices           how individuals are told, or why not (002 §3.1)
 * @param breachProcedure          reporting and coordinating breaches (002 §4.8)
 * @param freedomOfInformation     FOI handling between the parties (002 §2.8)
 * @param review                   review arrangements (002 §1.4)
 * @param firstReviewMonths        months from taking effect to the first review, as the parties agree (six unless they
 *                                 agree otherwise: 002 §1.4); null reads as six
 * @param reviewEveryMonths        months between later reviews, as the parties agree; null reads as twelve
 * @param termination              what happens on termination (002 §1.5)
 * @param obligations              obligations on every party (000 §4.2; 002 §1.2, §1.3)
 * @param sanctions                sanctions for failure to comply (000 §4.2)
 * @param relatedAgreements        other arrangements this agreement does not cover (002 §1.6)
 */
public record AgreementDocument(
        String title,
        String summary,
        SharingMode sharingMode,
        List<Purpose> purposes,
        List<String> benefits,
        List<Party> parties,
        LawfulBasis lawfulBasis,
        String consent,
        String proportionality,
        List<DataSubjectType> dataSubjects,
        String deceasedPersons,
        List<DataItem> dataItems,
        String recipientsAndAccess,
        String dataQuality,
        List<TransferMethod> transferMethods,
        String securityMeasures,
        String outsideUkProcessing,
        String retention,
        String privacyNotices,
        String individualsRights,
        String breachProcedure,
        String freedomOfInformation,
        Integer foiAssistanceWorkingDays,
        Integer foiDataExchangeWorkingDays,
        String review,
        Integer firstReviewMonths,
        Integer reviewEveryMonths,
        String termination,
        String obligations,
        String sanctions,
        List<RelatedAgreement> relatedAgreements) {

    public AgreementDocument {
        purposes = list(purposes);
        benefits = list(benefits);
        parties = list(parties);
        lawfulBasis = lawfulBasis == null ? LawfulBasis.EMPTY : lawfulBasis;
        dataSubjects = list(dataSubjects);
        dataItems = list(dataItems);
        transferMethods = list(transferMethods);
        relatedAgreements = list(relatedAgreements);
    }

    /** A new draft: only a title and its first party, with the 002 §2.8 FOI clocks as defaults. */
    public static AgreementDocument started(String title, UUID firstParty) {
        return new AgreementDocument(title, null, SharingMode.SYSTEMATIC, null, null,
                List.of(new Party(firstParty, ControllerRole.CONTROLLER, List.of(), false, null)), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, 2, 7,
                null, ReviewCycle.STANDARD.firstAfterMonths(), ReviewCycle.STANDARD.thenEveryMonths(), null, null, null, null);
    }

    /**
     * An organisation that signs the agreement, with its role for this agreement and its duties (002 App A).
     *
     * @param competentAuthority the party processes for law enforcement purposes as a competent authority
     *                           (DPA 2018 s30, Sch 7), so Part 3 applies to its sensitive processing
     * @param reliesOnConsent    whether the party relies on consent (UK GDPR Art 6(1)(a), Art 9(2)(a)) as its lawful basis
     *                           for sharing under this agreement; null when the agreement does not say, and the party's
     *                           type then decides (002 §2.4)
     */
    public record Party(UUID organisationId, ControllerRole role, List<String> duties, boolean competentAuthority, Boolean reliesOnConsent) {
        public Party {
            duties = list(duties);
        }
    }

    /**
     * One item of information at field level (002 §4.1).
     *
     * @param code            stable within the agreement, e.g. {@code date-of-birth}
     * @param specialCategory its kind when the category is special category; otherwise null
     * @param recipients      the parties that may receive it
     */
    public record DataItem(String code, String name, String description, DataCategory category,
                           SpecialCategory specialCategory, List<UUID> recipients) {
        public DataItem {
            recipients = list(recipients);
        }
    }

    /**
     * The lawful basis, in its layers (002 §2.3, 004 §2). Every entry is a code from the legal catalogue.
     *
     * @param specialCategoryConditions DPA 2018 Schedule 1 conditions that go with the Article 9 conditions
     * @param criminalOffenceConditions DPA 2018 Schedule 1 conditions for criminal offence data (Art 10, s10(5))
     * @param section35                 DPA 2018 s35 for competent authorities' sensitive processing
     * @param schedule8                 DPA 2018 Schedule 8 conditions for s35(5)
     */
    public record LawfulBasis(List<String> article6, List<String> article9, List<String> specialCategoryConditions,
                              List<String> article10, List<String> criminalOffenceConditions,
                              List<String> section35, List<String> schedule8,
                              List<String> statutoryGateways, List<String> commonLaw) {

        public static final LawfulBasis EMPTY = new LawfulBasis(null, null, null, null, null, null, null, null, null);

        public LawfulBasis {
            article6 = list(article6);
            article9 = list(article9);
            specialCategoryConditions = list(specialCategoryConditions);
            article10 = list(article10);
            criminalOffenceConditions = list(criminalOffenceConditions);
            section35 = list(section35);
            schedule8 = list(schedule8);
            statutoryGateways = list(statutoryGateways);
            commonLaw = list(commonLaw);
        }

        /** Every code cited, in layer order. */
        public List<String> allCodes() {
            List<String> all = new ArrayList<>();
            all.addAll(article6);
            all.addAll(article9);
            all.addAll(specialCategoryConditions);
            all.addAll(article10);
            all.addAll(criminalOffenceConditions);
            all.addAll(section35);
            all.addAll(schedule8);
            all.addAll(statutoryGateways);
            all.addAll(commonLaw);
            return all;
        }
    }

    /**
     * One purpose of the sharing (000 §4.2). The code is what decisions and checks read; the wording is the agreement's
     * own, for the people who sign and follow it. A purpose outside the vocabulary is {@link SharingPurpose#OTHER}
     * and needs its wording.
     */
    public record Purpose(SharingPurpose code, String wording) {
    }

    /** An arrangement the parties also have that this agreement does not cover (002 §1.6). */
    public record RelatedAgreement(String area, String description) {
    }

    public List<UUID> partyIds() {
        return parties.stream().map(Party::organisationId).filter(Objects::nonNull).toList();
    }

    public boolean hasCategory(DataCategory category) {
        return dataItems.stream().anyMatch(item -> item.category() == category);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
}

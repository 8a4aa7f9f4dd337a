package org.infoshare.agreement.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.agreement.Dpia;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.shared.problem.Violation;

/**
 * Whether an agreement may be activated, and if not, every reason why: each missing element (000 §4.2 and
 * what 002 adds), each lawful-basis layer its data needs ({@link LawfulBasisRules}), and the DPIA where
 * screening requires one. Field names are paths
 * into the {@link AgreementDocument}, so the same violation lands beside the right field in the API, the
 * forms and an imported file.
 */
public final class ActivationRules {

    /** Rule names, stable for API clients; those of the lawful basis are {@link LawfulBasisRules}'. */
    public static final String REQUIRED_ELEMENT = "required-element";
    public static final String UNKNOWN_PROVISION = LawfulBasisRules.UNKNOWN_PROVISION;
    public static final String WRONG_LAYER = LawfulBasisRules.WRONG_LAYER;
    public static final String ARTICLE_6_REQUIRED = LawfulBasisRules.ARTICLE_6_REQUIRED;
    public static final String SPECIAL_CATEGORY_CONDITION = LawfulBasisRules.SPECIAL_CATEGORY_CONDITION;
    public static final String SCHEDULE_1_CONDITION = LawfulBasisRules.SCHEDULE_1_CONDITION;
    public static final String CRIMINAL_OFFENCE_BASIS = LawfulBasisRules.CRIMINAL_OFFENCE_BASIS;
    public static final String PART_3_SENSITIVE = LawfulBasisRules.PART_3_SENSITIVE;
    public static final String SCHEDULE_8_CONDITION = LawfulBasisRules.SCHEDULE_8_CONDITION;
    public static final String MIN_PARTIES = "min-parties";
    public static final String CONTROLLER_REQUIRED = "controller-required";
    public static final String UNKNOWN_ORGANISATION = "unknown-organisation";
    public static final String DUPLICATE = LawfulBasisRules.DUPLICATE;
    public static final String RECIPIENT_NOT_PARTY = "recipient-not-party";
    public static final String SPECIAL_CATEGORY_KIND = "special-category-kind";
    public static final String FORMAT = "format";
    public static final String MAX_LENGTH = "max-length";
    public static final String POSITIVE = "positive";
    public static final String DPIA_SCREENING = "dpia-screening-required";
    public static final String DPIA_SCREENING_OUTDATED = "dpia-screening-outdated";
    public static final String DPIA_INCOMPLETE = "dpia-assessment-incomplete";
    public static final String DPIA_SIGN_OFF = "dpia-sign-off-required";

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SHORT_TEXT = 300;
    private static final Pattern ITEM_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    /**
     * What the rules check codes and parties against.
     *
     * @param catalogue     the legal catalogue in force, by code
     * @param organisations the organisations in the partnership directory
     */
    public record Context(Map<String, LegalProvision> catalogue, Set<UUID> organisations) {
        public Context {
            catalogue = Map.copyOf(catalogue);
            organisations = Set.copyOf(organisations);
        }
    }

    private ActivationRules() {
    }

    /** Every rule: the document's and the DPIA's. Empty means the agreement may be activated. */
    public static List<Violation> activation(AgreementDocument document, Context context, Dpia.State dpia) {
        List<Violation> violations = new ArrayList<>(document(document, context));
        violations.addAll(dpia(document, dpia));
        return violations;
    }

    /** The document's own rules: complete, lawful in every layer its data needs, internally consistent. */
    public static List<Violation> document(AgreementDocument d, Context context) {
        List<Violation> v = new ArrayList<>();
        required(v, "title", d.title(), "Enter the agreement's title");
        shortText(v, "title", d.title());
        required(v, "summary", d.summary(), "Introduce the agreement: what it documents and whom it binds (002 §1)");
        if (d.sharingMode() == null) {
            v.add(new Violation("sharingMode", REQUIRED_ELEMENT,
                    "Say whether the sharing is systematic (routine), exceptional (one-off) or both (000 §3)"));
        }
        PurposeRules.check(v, d.purposes());
        texts(v, "benefits", d.benefits());
        parties(v, d, context);
        v.addAll(LawfulBasisRules.check(d, context.catalogue()));
        text(v, "consent", d.consent());
        text(v, "proportionality", d.proportionality());
        requiredList(v, "dataSubjects", d.dataSubjects(), "Say whose information is shared: the data subjects (002 §3.3)");
        required(v, "deceasedPersons", d.deceasedPersons(), "Say how information about deceased persons is treated (002 §4.2)");
        dataItems(v, d);
        required(v, "recipientsAndAccess", d.recipientsAndAccess(),
                "Describe the potential recipients and the circumstances in which they will have access (000 §4.2)");
        required(v, "dataQuality", d.dataQuality(), "Describe how data quality (accuracy, relevance, usability) is assured (000 §4.2)");
        requiredList(v, "transferMethods", d.transferMethods(),
                "Choose at least one approved secure method of transfer (002 §4.4); unencrypted email is never one");
        if (d.transferMethods().stream().distinct().count() < d.transferMethods().size()) {
            v.add(new Violation("transferMethods", DUPLICATE, "Each transfer method may be listed only once"));
        }
        required(v, "securityMeasures", d.securityMeasures(), "Describe the security of storage, handling and access (000 §4.2, 002 §4.5)");
        required(v, "outsideUkProcessing", d.outsideUkProcessing(), "Say whether information is processed outside the UK and with what safeguards (002 §4.6)");
        required(v, "retention", d.retention(), "State how long shared data is retained and how it is disposed of (000 §4.2, 002 §4.9)");
        required(v, "privacyNotices", d.privacyNotices(), "Say how individuals are told about the sharing, or why not (002 §3.1)");
        required(v, "individualsRights", d.individualsRights(),
                "Describe the procedures for access requests, other rights, queries and complaints (000 §4.2)");
        required(v, "breachProcedure", d.breachProcedure(), "Describe how breaches are reported and coordinated (002 §4.8)");
        required(v, "freedomOfInformation", d.freedomOfInformation(), "Describe how Freedom of Information requests are handled (002 §2.8)");
        positive(v, "foiAssistanceWorkingDays", d.foiAssistanceWorkingDays(),
                "Enter the working days within which a partner answers a request for FOI assistance (002 §2.8: 2)");
        positive(v, "foiDataExchangeWorkingDays", d.foiDataExchangeWorkingDays(),
                "Enter the working days within which data for an FOI request is exchanged (002 §2.8: 7)");
        required(v, "review", d.review(), "Describe how the agreement is reviewed for effectiveness (000 §4.2, 002 §1.4)");
        ReviewSchedule.checkAgreed(v, d.firstReviewMonths(), d.reviewEveryMonths());
        required(v, "termination", d.termination(), "Describe termination and what each party keeps (000 §4.2, 002 §1.5)");
        required(v, "obligations", d.obligations(), "Set out the obligations on every party and the standards expected (000 §4.2)");
        required(v, "sanctions", d.sanctions(), "State the sanctions for failing to comply or for breaches by staff (000 §4.2)");
        for (int i = 0; i < d.relatedAgreements().size(); i++) {
            AgreementDocument.RelatedAgreement related = d.relatedAgreements().get(i);
            if (related == null) {
                v.add(new Violation("relatedAgreements[" + i + "]", REQUIRED_ELEMENT, "Remove the empty related agreement"));
                continue;
            }
            required(v, "relatedAgreements[" + i + "].area", related.area(), "Name the area of work of related agreement " + (i + 1));
            shortText(v, "relatedAgreements[" + i + "].area", related.area());
            text(v, "relatedAgreements[" + i + "].description", related.description());
        }
        return v;
    }

    /** The DPIA: screened against the agreement as it now stands; where required, complete and signed off. */
    public static List<Violation> dpia(AgreementDocument document, Dpia.State dpia) {
        List<Violation> v = new ArrayList<>();
        if (dpia == null || !dpia.screened()) {
            v.add(new Violation("dpia.screening", DPIA_SCREENING,
                    "Screen the agreement to decide whether a full data protection impact assessment is needed (000 §4.3)"));
            return v;
        }
        boolean required = dpia.fullRequired()
                || DpiaScreeningRules.assess(dpia.screening(), DpiaScreeningRules.Facts.of(document)).fullRequired();
        if (required && !dpia.fullRequired()) {
            v.add(new Violation("dpia.screening", DPIA_SCREENING_OUTDATED,
                    "The agreement has changed since it was screened and now needs a full DPIA: screen it again"));
            return v;
        }
        if (!required) {
            return v;
        }
        List<String> missing = dpia.assessment() == null ? new Dpia.Assessment(null, null, null, null, null, null, null).missing()
                : dpia.assessment().missing();
        for (String part : missing) {
            v.add(new Violation("dpia.assessment." + part, DPIA_INCOMPLETE, "Complete the DPIA: " + DPIA_PARTS.get(part)));
        }
        if (!dpia.signedOff()) {
            v.add(new Violation("dpia.signOff", DPIA_SIGN_OFF, "A Data Protection Officer of a party must sign off the DPIA"));
        }
        return v;
    }

    private static final Map<String, String> DPIA_PARTS = Map.of(
            "benefits", "describe the benefits to individuals and to society",
            "risksToIndividuals", "assess at least one risk to individuals, with its likelihood and severity",
            "risksToOrganisation", "assess at least one risk to the organisation, including to its reputation, with its likelihood and severity",
            "riskOfNotSharing", "describe the risk of not sharing when information should be shared",
            "mitigations", "describe the measures that reduce the risks",
            "residualRisk", "give the residual risk after the mitigations",
            "dpoAdvice", "record the Data Protection Officer's advice");

    private static void parties(List<Violation> v, AgreementDocument d, Context context) {
        if (d.parties().size() < 2) {
            v.add(new Violation("parties", MIN_PARTIES, "Add at least two parties: an agreement is between organisations (002 App A)"));
        }
        Set<UUID> seen = new HashSet<>();
        boolean controller = false;
        for (int i = 0; i < d.parties().size(); i++) {
            Party party = d.parties().get(i);
            String path = "parties[" + i + "]";
            if (party == null) {
                v.add(new Violation(path, REQUIRED_ELEMENT, "Remove the empty party"));
                continue;
            }
            if (party.organisationId() == null) {
                v.add(new Violation(path + ".organisationId", REQUIRED_ELEMENT, "Choose the organisation for party " + (i + 1)));
            } else if (!context.organisations().contains(party.organisationId())) {
                v.add(new Violation(path + ".organisationId", UNKNOWN_ORGANISATION,
                        "Party " + (i + 1) + " is not an organisation in the partnership directory"));
            } else if (!seen.add(party.organisationId())) {
                v.add(new Violation(path + ".organisationId", DUPLICATE, "Party " + (i + 1) + " is already a party to this agreement"));
            }
            if (party.role() == null) {
                v.add(new Violation(path + ".role", REQUIRED_ELEMENT,
                        "Say whether party " + (i + 1) + " is a controller, joint controller or processor (000 §4.2)"));
            } else if (party.role() != ControllerRole.PROCESSOR) {
                controller = true;
            }
            if (party.duties().isEmpty() || party.duties().stream().allMatch(ActivationRules::blank)) {
                v.add(new Violation(path + ".duties", REQUIRED_ELEMENT, "Set out the duties of party " + (i + 1) + " (002 App A)"));
            }
            texts(v, path + ".duties", party.duties());
        }
        if (!d.parties().isEmpty() && !controller) {
            v.add(new Violation("parties", CONTROLLER_REQUIRED, "At least one party must be a data controller (000 §4.2)"));
        }
    }

    private static void dataItems(List<Violation> v, AgreementDocument d) {
        if (d.dataItems().isEmpty()) {
            v.add(new Violation("dataItems", REQUIRED_ELEMENT,
                    "List the data to be shared, item by item (000 §4.2, 002 §4.1)"));
        }
        Set<UUID> parties = new HashSet<>(d.partyIds());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.dataItems().size(); i++) {
            DataItem item = d.dataItems().get(i);
            String path = "dataItems[" + i + "]";
            if (item == null) {
                v.add(new Violation(path, REQUIRED_ELEMENT, "Remove the empty data item"));
                continue;
            }
            String label = blank(item.name()) ? "item " + (i + 1) : "'" + item.name() + "'";
            if (blank(item.code())) {
                v.add(new Violation(path + ".code", REQUIRED_ELEMENT, "Give " + label + " a code, like date-of-birth"));
            } else if (!ITEM_CODE.matcher(item.code()).matches()) {
                v.add(new Violation(path + ".code", FORMAT,
                        "The code of " + label + " must be lower-case letters, numbers and hyphens, like date-of-birth"));
            } else if (!codes.add(item.code())) {
                v.add(new Violation(path + ".code", DUPLICATE, "Another item already has the code " + item.code()));
            }
            required(v, path + ".name", item.name(), "Name data item " + (i + 1));
            shortText(v, path + ".name", item.name());
            text(v, path + ".description", item.description());
            if (item.category() == null) {
                v.add(new Violation(path + ".category", REQUIRED_ELEMENT,
                        "Say whether " + label + " is personal, special category or criminal offence data"));
            } else if (item.category() == DataCategory.SPECIAL_CATEGORY && item.specialCategory() == null) {
                v.add(new Violation(path + ".specialCategory", SPECIAL_CATEGORY_KIND,
                        "Say which kind of special category data " + label + " is"));
            } else if (item.category() != DataCategory.SPECIAL_CATEGORY && item.specialCategory() != null) {
                v.add(new Violation(path + ".specialCategory", SPECIAL_CATEGORY_KIND,
                        "Only special category items have a special category kind: remove it from " + label));
            }
            if (item.recipients().isEmpty()) {
                v.add(new Violation(path + ".recipients", REQUIRED_ELEMENT, "Say which parties may receive " + label));
            }
            Set<UUID> seen = new HashSet<>();
            for (int r = 0; r < item.recipients().size(); r++) {
                UUID recipient = item.recipients().get(r);
                if (recipient == null || !parties.contains(recipient)) {
                    v.add(new Violation(path + ".recipients[" + r + "]", RECIPIENT_NOT_PARTY,
                            "Only parties to the agreement may receive " + label));
                } else if (!seen.add(recipient)) {
                    v.add(new Violation(path + ".recipients[" + r + "]", DUPLICATE, "A recipient of " + label + " is listed twice"));
                }
            }
        }
    }

    private static void required(List<Violation> v, String field, String value, String message) {
        if (blank(value)) {
            v.add(new Violation(field, REQUIRED_ELEMENT, message));
        } else {
            text(v, field, value);
        }
    }

    private static void requiredList(List<Violation> v, String field, List<?> values, String message) {
        if (values.isEmpty() || values.stream().allMatch(value -> value == null || (value instanceof String s && s.isBlank()))) {
            v.add(new Violation(field, REQUIRED_ELEMENT, message));
        }
    }

    private static void texts(List<Violation> v, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            text(v, field + "[" + i + "]", values.get(i));
        }
    }

    private static void text(List<Violation> v, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            v.add(new Violation(field, MAX_LENGTH, "This must be " + MAX_TEXT + " characters or fewer"));
        }
    }

    private static void shortText(List<Violation> v, String field, String value) {
        if (value != null && value.length() > MAX_SHORT_TEXT) {
            v.add(new Violation(field, MAX_LENGTH, "This must be " + MAX_SHORT_TEXT + " characters or fewer"));
        }
    }

    private static void positive(List<Violation> v, String field, Integer value, String message) {
        if (value == null) {
            v.add(new Violation(field, REQUIRED_ELEMENT, message));
        } else if (value < 1 || value > 60) {
            v.add(new Violation(field, POSITIVE, "Enter a number of working days between 1 and 60"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

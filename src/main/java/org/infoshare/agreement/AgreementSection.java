package org.infoshare.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The topics an agreement is drafted in, one page each in the UI and one resource each in the API. Each
 * names the properties of {@link AgreementDocument} it holds.
 */
public enum AgreementSection {
    ABOUT("about", "About the agreement", "title", "summary", "sharingMode", "relatedAgreements"),
    PURPOSE("purpose", "Purposes and benefits", "purposes", "benefits"),
    PARTIES("parties", "Parties, their roles and duties", "parties"),
    LAWFUL_BASIS("lawful-basis", "Lawful basis", "lawfulBasis", "consent", "proportionality"),
    INDIVIDUALS("individuals", "Individuals and their rights", "dataSubjects", "deceasedPersons", "privacyNotices", "individualsRights"),
    DATA("data", "Data to be shared", "dataItems", "recipientsAndAccess"),
    DATA_QUALITY("data-quality", "Data quality", "dataQuality"),
    SECURITY("security", "Security and breaches", "transferMethods", "securityMeasures", "outsideUkProcessing", "breachProcedure"),
    RETENTION("retention", "Retention and disposal", "retention"),
    FOI("foi", "Freedom of information", "freedomOfInformation", "foiAssistanceWorkingDays", "foiDataExchangeWorkingDays"),
    REVIEW("review", "Review and termination", "review", "firstReviewMonths", "reviewEveryMonths", "termination"),
    OBLIGATIONS("obligations", "Obligations and sanctions", "obligations", "sanctions");

    private final String key;
    private final String title;
    private final List<String> fields;

    AgreementSection(String key, String title, String... fields) {
        this.key = key;
        this.title = title;
        this.fields = List.of(fields);
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<AgreementSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The section a violation's field (a document path such as {@code dataItems[2].code}) belongs to. */
    public static Optional<AgreementSection> of(String path) {
        String root = root(path);
        return Arrays.stream(values()).filter(s -> s.fields.contains(root)).findFirst();
    }

    static String root(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return end < 0 ? path : path.substring(0, end);
    }
}

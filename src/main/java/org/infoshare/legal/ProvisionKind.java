package org.infoshare.legal;

/** The layer a provision belongs to (002 §2.3, 004 §2). */
public enum ProvisionKind {
    ARTICLE_6("UK GDPR Article 6 lawful basis"),
    ARTICLE_9("UK GDPR Article 9 condition for special category data"),
    SCHEDULE_1("DPA 2018 Schedule 1 condition"),
    ARTICLE_10("UK GDPR Article 10 criminal offence data"),
    PART_3_SENSITIVE("DPA 2018 Part 3 sensitive processing (section 35)"),
    SCHEDULE_8("DPA 2018 Schedule 8 condition"),
    STATUTORY_GATEWAY("Statutory gateway"),
    COMMON_LAW("Common law"),
    /** Law every share must respect that gives no power to share (HRA 1998 Art 8, MCA 2005): never a gateway (003; 004 §8.4). */
    CONSIDERATION("Consideration: law to respect, which gives no power to share");

    private final String label;

    ProvisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

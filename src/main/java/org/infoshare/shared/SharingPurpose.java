package org.infoshare.shared;

/**
 * Why information would be shared: the purposes consent is given for, decisions are made for and agreements
 * cover. Agreements name their purposes by these codes, with their own wording beside them, so that whether an
 * agreement covers a purpose never depends on how its wording is phrased. Each says whether it is a law
 * enforcement purpose (DPA 2018 s31: a competent authority then shares under Part 3) and whether it is a health
 * or social care purpose.
 */
public enum SharingPurpose {
    SAFEGUARDING_CHILD("Safeguarding a child: protecting them from abuse, neglect or harm", false, true),
    SAFEGUARDING_ADULT("Safeguarding an adult at risk of abuse or neglect", false, true),
    CHILD_IN_NEED("Assessing a child's needs and providing services (child in need)", false, true),
    EARLY_HELP("Early help and family support", false, true),
    HEALTH_AND_CARE("Providing health or social care", false, true),
    PREVENTING_DETECTING_CRIME("Preventing, detecting or investigating crime, or prosecuting offenders", true, false),
    PUBLIC_PROTECTION("Managing the risk posed by offenders (public protection, MAPPA)", true, false),
    PARTNERSHIP_REVIEW("The safeguarding partnership's functions (practice reviews, child death reviews)", false, false),
    SERVICE_PLANNING("Planning services, statistics or performance reporting", false, false),
    OTHER("Another purpose", false, false);

    private final String label;
    private final boolean lawEnforcement;
    private final boolean care;

    SharingPurpose(String label, boolean lawEnforcement, boolean care) {
        this.label = label;
        this.lawEnforcement = lawEnforcement;
        this.care = care;
    }

    public String label() {
        return label;
    }

    /** A law enforcement purpose (DPA 2018 s31): prevention, investigation, detection or prosecution of offences. */
    public boolean lawEnforcement() {
        return lawEnforcement;
    }

    public boolean care() {
        return care;
    }
}

package org.infoshare.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Why information would be shared: the purposes consent is given for, decisions are made for and agreements
 * cover. Each says whether it is a law enforcement purpose (DPA 2018 s31: a competent authority then shares
 * under Part 3) and whether it is a health or social care purpose.
 */
public enum SharingPurpose {
    SAFEGUARDING_CHILD("Safeguarding a child: protecting them from abuse, neglect or harm", false, true, "safeguard", "child protection", "welfare of child"),
    SAFEGUARDING_ADULT("Safeguarding an adult at risk of abuse or neglect", false, true, "adult safeguarding", "adult at risk", "vulnerable adult"),
    CHILD_IN_NEED("Assessing a child's needs and providing services (child in need)", false, true, "child in need", "assessment"),
    EARLY_HELP("Early help and family support", false, true, "early help", "family support", "supporting families", "troubled families"),
    HEALTH_AND_CARE("Providing health or social care", false, true, "health", "social care", "care and support"),
    PREVENTING_DETECTING_CRIME("Preventing, detecting or investigating crime, or prosecuting offenders", true, false, "crime", "offend", "law enforcement", "disorder"),
    PUBLIC_PROTECTION("Managing the risk posed by offenders (public protection, MAPPA)", true, false, "public protection", "mappa", "risk posed"),
    PARTNERSHIP_REVIEW("The safeguarding partnership's functions (practice reviews, child death reviews)", false, false, "practice review", "partnership", "child death"),
    SERVICE_PLANNING("Planning services, statistics or performance reporting", false, false, "planning", "statistic", "performance", "report"),
    OTHER("Another purpose", false, false);

    private final String label;
    private final boolean lawEnforcement;
    private final boolean care;
    private final String[] keywords;

    SharingPurpose(String label, boolean lawEnforcement, boolean care, String... keywords) {
        this.label = label;
        this.lawEnforcement = lawEnforcement;
        this.care = care;
        this.keywords = keywords;
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

    /** Every purpose a sentence mentions, by code, label or key phrase: an agreement's purpose may cover several. */
    public static java.util.Set<SharingPurpose> mentionedIn(String text) {
        java.util.Set<SharingPurpose> found = java.util.EnumSet.noneOf(SharingPurpose.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        named(text).ifPresent(found::add);
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        for (SharingPurpose purpose : values()) {
            for (String keyword : purpose.keywords) {
                if (normalised.contains(keyword)) {
                    found.add(purpose);
                }
            }
        }
        return found;
    }

    /**
     * The purpose an agreement's wording names: its code, its label, or one of its key phrases. Agreements
     * state purposes in their own words; this is how a decision knows whether an agreement covers its purpose.
     */
    public static Optional<SharingPurpose> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        for (SharingPurpose purpose : values()) {
            if (purpose.name().equalsIgnoreCase(normalised.replace(' ', '_').replace('-', '_'))
                    || purpose.label.toLowerCase(Locale.ROOT).equals(normalised)) {
                return Optional.of(purpose);
            }
        }
        for (SharingPurpose purpose : values()) {
            for (String keyword : purpose.keywords) {
                if (normalised.contains(keyword)) {
                    return Optional.of(purpose);
                }
            }
        }
        return Optional.empty();
    }
}

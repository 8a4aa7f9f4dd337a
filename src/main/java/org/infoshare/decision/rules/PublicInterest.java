package org.infoshare.decision.rules;

/** The public interest criteria (003 'Public Interest'). */
public enum PublicInterest {
    PROTECTING_VULNERABLE("Protecting vulnerable members of the community", false),
    ADMINISTRATION_OF_JUSTICE("Administration of justice", false),
    PUBLIC_SAFETY("Maintaining public safety", false),
    APPREHENDING_OFFENDERS("Apprehending offenders", true),
    PREVENTING_CRIME("Preventing crime and disorder", true),
    DETECTING_CRIME("Detecting crime", true);

    private final String label;
    private final boolean crime;

    PublicInterest(String label, boolean crime) {
        this.label = label;
        this.crime = crime;
    }

    public String label() {
        return label;
    }

    /** About unlawful acts: DPA 2018 Sch 1 para 10 can then be the condition for sensitive data. */
    public boolean crime() {
        return crime;
    }
}

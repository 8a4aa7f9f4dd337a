package org.infoshare.foi.rules;

/**
 * The exemptions and exceptions a partner may name as concerns about release, each under its own regime. Naming
 * one is advice to the holder, who decides.
 */
public enum Exemption {
    S21_ACCESSIBLE(Regime.FOI, "FOIA s21", "Reasonably accessible by other means"),
    S22_FUTURE_PUBLICATION(Regime.FOI, "FOIA s22", "Intended for future publication"),
    S30_INVESTIGATIONS(Regime.FOI, "FOIA s30", "Investigations and proceedings by public authorities"),
    S31_LAW_ENFORCEMENT(Regime.FOI, "FOIA s31", "Law enforcement"),
    S36_PUBLIC_AFFAIRS(Regime.FOI, "FOIA s36", "Prejudice to the effective conduct of public affairs"),
    S38_HEALTH_AND_SAFETY(Regime.FOI, "FOIA s38", "Health and safety"),
    S40_PERSONAL_INFORMATION(Regime.FOI, "FOIA s40", "Personal information"),
    S41_CONFIDENCE(Regime.FOI, "FOIA s41", "Information provided in confidence"),
    S42_LEGAL_PRIVILEGE(Regime.FOI, "FOIA s42", "Legal professional privilege"),
    S43_COMMERCIAL(Regime.FOI, "FOIA s43", "Commercial interests"),
    S44_PROHIBITION(Regime.FOI, "FOIA s44", "Disclosure prohibited by law"),
    R12_4_B_MANIFESTLY_UNREASONABLE(Regime.EIR, "EIR reg 12(4)(b)", "Manifestly unreasonable"),
    R12_5_A_PUBLIC_SAFETY(Regime.EIR, "EIR reg 12(5)(a)", "International relations, defence, national security or public safety"),
    R12_5_B_COURSE_OF_JUSTICE(Regime.EIR, "EIR reg 12(5)(b)", "The course of justice"),
    R12_5_F_PROVIDER(Regime.EIR, "EIR reg 12(5)(f)", "Interests of the person who provided the information"),
    R13_PERSONAL_DATA(Regime.EIR, "EIR reg 13", "Personal data");

    private final Regime regime;
    private final String citation;
    private final String title;

    Exemption(Regime regime, String citation, String title) {
        this.regime = regime;
        this.citation = citation;
        this.title = title;
    }

    public Regime regime() {
        return regime;
    }

    public String citation() {
        return citation;
    }

    public String label() {
        return citation + ": " + title;
    }
}

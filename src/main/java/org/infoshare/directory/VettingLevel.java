package org.infoshare.directory;

/** Vetting a member of staff has passed (002 §1.3). */
public enum VettingLevel {
    BPSS("Baseline Personnel Security Standard (BPSS)"),
    DBS_BASIC("DBS basic check"),
    DBS_STANDARD("DBS standard check"),
    DBS_ENHANCED("DBS enhanced check"),
    NPPV("Non-Police Personnel Vetting (NPPV)"),
    CTC("Counter Terrorist Check (CTC)"),
    SC("Security Check (SC)");

    private final String label;

    VettingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

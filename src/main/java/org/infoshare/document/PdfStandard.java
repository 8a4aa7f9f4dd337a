package org.infoshare.document;

/** The standards a rendered PDF meets. Every PDF is accessible; a record that must last is archival as well. */
public enum PdfStandard {

    /** PDF/UA-1 (ISO 14289-1): tagged structure, title, language, bookmarks, embedded fonts. */
    ACCESSIBLE("PDF/UA-1"),

    /** PDF/UA-1 and PDF/A-2u (ISO 19005-2, level U), for records kept for years: agreements, subject access bundles. */
    ARCHIVAL("PDF/UA-1 and PDF/A-2u");

    private final String label;

    PdfStandard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

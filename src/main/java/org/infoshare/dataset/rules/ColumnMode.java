package org.infoshare.dataset.rules;

/** What to do with a column the recipient may not receive: refuse the whole upload, or drop the column. */
public enum ColumnMode {
    REFUSE("Refuse the whole upload"),
    DROP("Drop the column and say so in the report");

    private final String label;

    ColumnMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

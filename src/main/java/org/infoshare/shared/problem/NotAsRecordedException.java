package org.infoshare.shared.problem;

/**
 * A protected record asked for as a file (a PDF, an export, a resource for another system) whose stored content is not
 * what the ledger recorded of it (ADR 0063). A file carries no warning once it is saved or passed on, and would be
 * taken as the record; so it is refused, with the reason, rather than served as intact. Nothing is changed.
 */
public class NotAsRecordedException extends ConflictException {

    /** What the ledger says of the record: changed after it was recorded, or put into the database without an entry. */
    public enum Kind { CHANGED, ADDED }

    private final Kind kind;
    private final String page;

    /** @param page the path of the record's own page, where it is shown with the warning */
    public NotAsRecordedException(Kind kind, String page) {
        super("recordIntegrity", kind.name(), kind == Kind.ADDED
                ? "This record was put into the database outside infoshare: the ledger has no entry recording it. It is not served as a file: "
                + "do not rely on it, and tell your Data Protection Officer"
                : "This record was changed in the database after it was recorded. It is not served as a file: do not rely on it, and tell "
                + "your Data Protection Officer");
        this.kind = kind;
        this.page = page;
    }

    public String page() {
        return page;
    }

    public Kind kind() {
        return kind;
    }
}

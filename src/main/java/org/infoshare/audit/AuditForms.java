package org.infoshare.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The audit trail's filter, read from the query string so that a filtered page can be bookmarked. */
final class AuditForms {

    static final int PAGE_SIZE = 25;

    private AuditForms() {
    }

    public static class TrailFilterForm {
        private String action = "";
        private DateInput from = new DateInput();
        private DateInput to = new DateInput();
        private String page = "1";
        private String person = "";
        private String staff = "";
        private boolean signIns;

        /** The query, for the person already found by the reference given (null for everyone). */
        AuditTrail.TrailQuery toQuery(FormParsing parsing, UUID personId) {
            LocalDate fromDate = parsing.date(from, "from", "the date from");
            LocalDate toDate = parsing.date(to, "to", "the date to");
            return new AuditTrail.TrailQuery(action, fromDate, toDate, staffId(), personId, signIns, (pageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
        }

        /** The member of staff chosen; anything else is everyone. */
        UUID staffId() {
            try {
                return staff == null || staff.isBlank() ? null : UUID.fromString(staff.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean narrowed() {
            return !action.isBlank() || !from.isEmpty() || !to.isEmpty() || !person.isBlank() || staffId() != null || signIns;
        }

        /** A page number that cannot be read is the first page. */
        int pageNumber() {
            try {
                return Math.max(1, Math.min(Integer.parseInt(page == null ? "1" : page.strip()), 1_000_000));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action == null ? "" : action; }
        public DateInput getFrom() { return from; }
        public void setFrom(DateInput from) { this.from = from; }
        public DateInput getTo() { return to; }
        public void setTo(DateInput to) { this.to = to; }
        public String getPage() { return page; }
        public void setPage(String page) { this.page = page; }
        public String getPerson() { return person; }
        public void setPerson(String person) { this.person = person == null ? "" : person; }
        public String getStaff() { return staff; }
        public void setStaff(String staff) { this.staff = staff == null ? "" : staff; }
        public boolean isSignIns() { return signIns; }
        public void setSignIns(boolean signIns) { this.signIns = signIns; }
    }
}

package org.infoshare.directory;

import java.util.UUID;

import org.infoshare.shared.ListFilter;
import org.infoshare.shared.PageRequest;
import org.infoshare.web.FormParsing;
import org.infoshare.web.ListFilterForm;

/** The staff list's form. */
public final class StaffListForms {

    private StaffListForms() {
    }

    /**
     * The staff list's filter (ADR 0017): the shared list filter, its person being part of a name or username and its
     * days those the member was added, with a role and a team. With no status the page lists those with access, as it
     * always did; {@value #EVERYONE} (or the older {@code show=all}) lists everyone.
     */
    public static class Filter extends ListFilterForm {

        static final String EVERYONE = "ALL";
        /**
         * Rows on one page of the staff list: an organisation's roster, which administrators read whole and which was
         * never cut short before, so as many as the API answers when no size is asked for.
         */
        static final int ROWS_A_PAGE = PageRequest.MAX_SIZE;

        /** What the staff list is asked for, once read. */
        record StaffQuery(Query query, String role, UUID team) {
        }

        private String role = "";
        private String team = "";
        private String show = "";

        StaffQuery toStaffQuery(FormParsing parsing) {
            UUID teamId = null;
            if (!team.isBlank()) {
                try {
                    teamId = UUID.fromString(team.strip());
                } catch (IllegalArgumentException e) {
                    parsing.invalid("team", "one-of", "Choose a team from the list");
                }
            }
            Query query = toQuery(parsing);
            ListFilter f = query.filter();
            String status = f.status() == null ? ("all".equals(show) ? null : "ACTIVE") : EVERYONE.equals(f.status()) ? null : f.status();
            PageRequest page = new PageRequest(query.page().number(), ROWS_A_PAGE);
        return new StaffQuery(new Query(new ListFilter(f.person(), status, null, null, f.from(), f.to()), page), role, teamId);
        }

        @Override
        public boolean narrowed() {
            return super.narrowed() || !role.isBlank() || !team.isBlank();
        }

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role == null ? "" : role; }
        public String getTeam() { return team; }
        public void setTeam(String team) { this.team = team == null ? "" : team; }
        public String getShow() { return show; }
        public void setShow(String show) { this.show = show == null ? "" : show; }
    }
}

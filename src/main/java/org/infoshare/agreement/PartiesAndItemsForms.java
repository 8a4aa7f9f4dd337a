package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

import static org.infoshare.agreement.FormText.blankToNull;
import static org.infoshare.agreement.FormText.lines;
import static org.infoshare.agreement.FormText.splitLines;

/** A draft's parties and its data items, one at a time: each form checks what a page alone can know, naming the field. */
final class PartiesAndItemsForms {

    private PartiesAndItemsForms() {
    }

    /**
     * A party: its organisation, role, duties, whether it is a competent authority, and whether it relies on consent
     * as its lawful basis ("unsaid" leaves it to the organisation's type: 002 §2.4).
     */
    public static class PartyForm {
        static final String UNSAID = "unsaid";
        private UUID organisationId;
        private ControllerRole role = ControllerRole.CONTROLLER;
        private String duties;
        private Boolean competentAuthority;
        private String reliesOnConsent = UNSAID;
        private Integer revision;

        static PartyForm of(Party party, int revision) {
            PartyForm f = new PartyForm();
            f.organisationId = party.organisationId();
            f.role = party.role();
            f.duties = lines(party.duties());
            f.competentAuthority = party.competentAuthority();
            f.reliesOnConsent = party.reliesOnConsent() == null ? UNSAID : party.reliesOnConsent().toString();
            f.revision = revision;
            return f;
        }

        Party toParty() {
            List<Violation> problems = new ArrayList<>();
            if (organisationId == null) {
                problems.add(new Violation("organisationId", "required", "Choose the organisation"));
            }
            if (role == null) {
                problems.add(new Violation("role", "required", "Select the organisation's role under data protection law"));
            }
            if (splitLines(duties).isEmpty()) {
                problems.add(new Violation("duties", "required", "Set out the organisation's duties under the agreement"));
            }
            if (competentAuthority == null) {
                problems.add(new Violation("competentAuthority", "required",
                        "Say whether the organisation processes for law enforcement as a competent authority"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            Boolean consent = reliesOnConsent == null || UNSAID.equals(reliesOnConsent) ? null : Boolean.valueOf(reliesOnConsent);
            return new Party(organisationId, role, splitLines(duties), competentAuthority, consent);
        }

        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
        public ControllerRole getRole() { return role; }
        public void setRole(ControllerRole role) { this.role = role; }
        public String getDuties() { return duties; }
        public void setDuties(String duties) { this.duties = duties; }
        public Boolean getCompetentAuthority() { return competentAuthority; }
        public void setCompetentAuthority(Boolean competentAuthority) { this.competentAuthority = competentAuthority; }
        public String getReliesOnConsent() { return reliesOnConsent; }
        public void setReliesOnConsent(String reliesOnConsent) { this.reliesOnConsent = reliesOnConsent; }
        public Integer getRevision() { return revision; }
        public void setRevision(Integer revision) { this.revision = revision; }
    }

    /** A data item at field level. */
    public static class ItemForm {
        // In the order the page shows them, so that the error summary reads the same way.
        private String name;
        private String code;
        private String description;
        private DataCategory category;
        private SpecialCategory specialCategory;
        private Set<UUID> recipients = new LinkedHashSet<>();
        private Integer revision;

        static ItemForm of(DataItem item, int revision) {
            ItemForm f = new ItemForm();
            f.code = item.code();
            f.name = item.name();
            f.description = item.description();
            f.category = item.category();
            f.specialCategory = item.specialCategory();
            f.recipients = new LinkedHashSet<>(item.recipients());
            f.revision = revision;
            return f;
        }

        DataItem toItem() {
            List<Violation> problems = new ArrayList<>();
            if (name == null || name.isBlank()) {
                problems.add(new Violation("name", "required", "Name the item, like Date of birth"));
            }
            if (code == null || code.isBlank()) {
                problems.add(new Violation("code", "required", "Give the item a code, like date-of-birth"));
            } else if (!code.strip().matches("[a-z0-9][a-z0-9-]{0,59}")) {
                problems.add(new Violation("code", "format", "The code must be lower-case letters, numbers and hyphens, like date-of-birth"));
            }
            if (category == null) {
                problems.add(new Violation("category", "required", "Select the category of data"));
            }
            if (category == DataCategory.SPECIAL_CATEGORY && specialCategory == null) {
                problems.add(new Violation("specialCategory", "required", "Select the kind of special category data"));
            }
            if (recipients == null || recipients.isEmpty()) {
                problems.add(new Violation("recipients", "required", "Select the parties that may receive the item"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return new DataItem(code.strip(), name.strip(), blankToNull(description), category,
                    category == DataCategory.SPECIAL_CATEGORY ? specialCategory : null, new ArrayList<>(recipients));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public DataCategory getCategory() { return category; }
        public void setCategory(DataCategory category) { this.category = category; }
        public SpecialCategory getSpecialCategory() { return specialCategory; }
        public void setSpecialCategory(SpecialCategory specialCategory) { this.specialCategory = specialCategory; }
        public Set<UUID> getRecipients() { return recipients; }
        public void setRecipients(Set<UUID> recipients) { this.recipients = recipients; }
        public Integer getRevision() { return revision; }
        public void setRevision(Integer revision) { this.revision = revision; }
    }
}

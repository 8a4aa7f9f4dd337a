package org.infoshare.directory;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/**
 * The directory's web forms. Their property paths mirror {@link DirectoryCommands}, so the service's
 * errors land beside the right field; each form turns itself into the command the service checks.
 */
final class DirectoryForms {

    private DirectoryForms() {
    }

    public static class ContactForm {
        private String name;
        private String email;
        private String phone;

        static ContactForm of(Contact contact) {
            ContactForm form = new ContactForm();
            form.name = contact.name();
            form.email = contact.email();
            form.phone = contact.phone();
            return form;
        }

        DirectoryCommands.ContactDetails toCommand() {
            return new DirectoryCommands.ContactDetails(name, email, phone);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    public static class OrganisationForm {
        private String name;
        private OrganisationType type;
        private String icoRegistration;
        private ControllerRole controllerRole = ControllerRole.CONTROLLER;
        private ContactForm dataProtectionOfficer = new ContactForm();
        private ContactForm caldicottGuardian = new ContactForm();
        private StaffForm firstAdministrator = new StaffForm();
        private Integer version;

        static OrganisationForm of(Organisation organisation) {
            OrganisationForm form = new OrganisationForm();
            form.name = organisation.name();
            form.type = organisation.type();
            form.icoRegistration = organisation.icoRegistration();
            form.controllerRole = organisation.controllerRole();
            form.dataProtectionOfficer = ContactForm.of(organisation.dataProtectionOfficer());
            form.caldicottGuardian = ContactForm.of(organisation.caldicottGuardian());
            form.version = organisation.version();
            return form;
        }

        DirectoryCommands.CreateOrganisation toCreate(FormParsing parsing) {
            StaffForm admin = firstAdministrator;
            admin.setRoles(EnumSet.of(Role.PARTNERSHIP_ADMINISTRATOR));
            return new DirectoryCommands.CreateOrganisation(name, type, upper(icoRegistration), controllerRole,
                    dataProtectionOfficer.toCommand(), caldicottGuardian.toCommand(), admin.toNewStaffMember(parsing, "firstAdministrator."));
        }

        DirectoryCommands.UpdateOrganisation toUpdate() {
            return new DirectoryCommands.UpdateOrganisation(name, type, upper(icoRegistration), controllerRole,
                    dataProtectionOfficer.toCommand(), caldicottGuardian.toCommand(), version);
        }

        private static String upper(String value) {
            return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public OrganisationType getType() { return type; }
        public void setType(OrganisationType type) { this.type = type; }
        public String getIcoRegistration() { return icoRegistration; }
        public void setIcoRegistration(String icoRegistration) { this.icoRegistration = icoRegistration; }
        public ControllerRole getControllerRole() { return controllerRole; }
        public void setControllerRole(ControllerRole controllerRole) { this.controllerRole = controllerRole; }
        public ContactForm getDataProtectionOfficer() { return dataProtectionOfficer; }
        public void setDataProtectionOfficer(ContactForm dataProtectionOfficer) { this.dataProtectionOfficer = dataProtectionOfficer; }
        public ContactForm getCaldicottGuardian() { return caldicottGuardian; }
        public void setCaldicottGuardian(ContactForm caldicottGuardian) { this.caldicottGuardian = caldicottGuardian; }
        public StaffForm getFirstAdministrator() { return firstAdministrator; }
        public void setFirstAdministrator(StaffForm firstAdministrator) { this.firstAdministrator = firstAdministrator; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    public static class AssuranceForm {
        private AssuranceScheme scheme;
        private String level;
        private String reference;
        private DateInput validUntil = new DateInput();

        DirectoryCommands.AddAssurance toCommand(FormParsing parsing) {
            return new DirectoryCommands.AddAssurance(scheme, level, reference,
                    parsing.date(validUntil, "validUntil", "the date the assurance is valid until"));
        }

        public AssuranceScheme getScheme() { return scheme; }
        public void setScheme(AssuranceScheme scheme) { this.scheme = scheme; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public DateInput getValidUntil() { return validUntil; }
        public void setValidUntil(DateInput validUntil) { this.validUntil = validUntil; }
    }

    public static class TeamForm {
        private String name;
        private String description;

        static TeamForm of(Team team) {
            TeamForm form = new TeamForm();
            form.name = team.name();
            form.description = team.description();
            return form;
        }

        DirectoryCommands.SaveTeam toCommand() {
            return new DirectoryCommands.SaveTeam(name, description);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** A new member of staff or partner system, or the first administrator of a new organisation. */
    public static class StaffForm {
        // In the order the page shows them, which the error summary follows.
        private Actor.Kind kind = Actor.Kind.PERSON;
        private String displayName;
        private String username;
        private String email;
        private String jobTitle;
        private Set<Role> roles = new LinkedHashSet<>();
        private Set<UUID> teamIds = new LinkedHashSet<>();
        private String password;
        private DateInput trainingCompletedOn = new DateInput();
        private DateInput trainingExpiresOn = new DateInput();
        private VettingLevel vettingLevel;
        private DateInput vettingCheckedOn = new DateInput();
        private DateInput vettingExpiresOn = new DateInput();

        DirectoryCommands.NewStaffMember toNewStaffMember(FormParsing parsing, String prefix) {
            return new DirectoryCommands.NewStaffMember(kind, username, displayName, email, jobTitle, roles, teamIds,
                    password == null || password.isEmpty() ? null : password,
                    parsing.date(trainingCompletedOn, prefix + "trainingCompletedOn", "the date the training was completed"),
                    parsing.date(trainingExpiresOn, prefix + "trainingExpiresOn", "the date the training expires"),
                    vettingLevel,
                    parsing.date(vettingCheckedOn, prefix + "vettingCheckedOn", "the date of the vetting check"),
                    parsing.date(vettingExpiresOn, prefix + "vettingExpiresOn", "the date the vetting expires"));
        }

        public Actor.Kind getKind() { return kind; }
        public void setKind(Actor.Kind kind) { this.kind = kind; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
        public Set<UUID> getTeamIds() { return teamIds; }
        public void setTeamIds(Set<UUID> teamIds) { this.teamIds = teamIds; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public DateInput getTrainingCompletedOn() { return trainingCompletedOn; }
        public void setTrainingCompletedOn(DateInput trainingCompletedOn) { this.trainingCompletedOn = trainingCompletedOn; }
        public DateInput getTrainingExpiresOn() { return trainingExpiresOn; }
        public void setTrainingExpiresOn(DateInput trainingExpiresOn) { this.trainingExpiresOn = trainingExpiresOn; }
        public VettingLevel getVettingLevel() { return vettingLevel; }
        public void setVettingLevel(VettingLevel vettingLevel) { this.vettingLevel = vettingLevel; }
        public DateInput getVettingCheckedOn() { return vettingCheckedOn; }
        public void setVettingCheckedOn(DateInput vettingCheckedOn) { this.vettingCheckedOn = vettingCheckedOn; }
        public DateInput getVettingExpiresOn() { return vettingExpiresOn; }
        public void setVettingExpiresOn(DateInput vettingExpiresOn) { this.vettingExpiresOn = vettingExpiresOn; }
    }

    public static class StaffUpdateForm {
        private String displayName;
        private String email;
        private String jobTitle;
        private Set<Role> roles = new LinkedHashSet<>();
        private Set<UUID> teamIds = new LinkedHashSet<>();
        private Integer version;

        static StaffUpdateForm of(StaffMember member) {
            StaffUpdateForm form = new StaffUpdateForm();
            form.displayName = member.displayName();
            form.email = member.email();
            form.jobTitle = member.jobTitle();
            form.roles = new LinkedHashSet<>(member.roles());
            form.teamIds = new LinkedHashSet<>(member.teamIds());
            form.version = member.version();
            return form;
        }

        DirectoryCommands.UpdateStaffMember toCommand() {
            return new DirectoryCommands.UpdateStaffMember(displayName, email, jobTitle, roles, teamIds, version);
        }

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
        public Set<UUID> getTeamIds() { return teamIds; }
        public void setTeamIds(Set<UUID> teamIds) { this.teamIds = teamIds; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    public static class TrainingForm {
        private DateInput completedOn = new DateInput();
        private DateInput expiresOn = new DateInput();

        DirectoryCommands.RecordTraining toCommand(FormParsing parsing) {
            return new DirectoryCommands.RecordTraining(
                    parsing.date(completedOn, "completedOn", "the date the training was completed"),
                    parsing.date(expiresOn, "expiresOn", "the date the training expires"));
        }

        public DateInput getCompletedOn() { return completedOn; }
        public void setCompletedOn(DateInput completedOn) { this.completedOn = completedOn; }
        public DateInput getExpiresOn() { return expiresOn; }
        public void setExpiresOn(DateInput expiresOn) { this.expiresOn = expiresOn; }
    }

    public static class VettingForm {
        private VettingLevel level;
        private DateInput checkedOn = new DateInput();
        private DateInput expiresOn = new DateInput();

        DirectoryCommands.RecordVetting toCommand(FormParsing parsing) {
            return new DirectoryCommands.RecordVetting(level,
                    parsing.date(checkedOn, "checkedOn", "the date of the vetting check"),
                    parsing.date(expiresOn, "expiresOn", "the date the vetting expires"));
        }

        public VettingLevel getLevel() { return level; }
        public void setLevel(VettingLevel level) { this.level = level; }
        public DateInput getCheckedOn() { return checkedOn; }
        public void setCheckedOn(DateInput checkedOn) { this.checkedOn = checkedOn; }
        public DateInput getExpiresOn() { return expiresOn; }
        public void setExpiresOn(DateInput expiresOn) { this.expiresOn = expiresOn; }
    }

    public static class RevokeForm {
        private RevocationReason reason;
        private UUID handOverTo;
        private DateInput on = new DateInput();

        public RevocationReason getReason() { return reason; }
        public void setReason(RevocationReason reason) { this.reason = reason; }
        public UUID getHandOverTo() { return handOverTo; }
        public void setHandOverTo(UUID handOverTo) { this.handOverTo = handOverTo; }
        public DateInput getOn() { return on; }
        public void setOn(DateInput on) { this.on = on; }

        DirectoryCommands.RevokeAccess toCommand() {
            return new DirectoryCommands.RevokeAccess(reason, handOverTo, on.isEmpty() ? null : on.toDate("on", "the day their access ends"));
        }
    }

    public static class HandOverForm {
        private UUID handOverTo;

        public UUID getHandOverTo() { return handOverTo; }
        public void setHandOverTo(UUID handOverTo) { this.handOverTo = handOverTo; }

        DirectoryCommands.HandOver toCommand() {
            return new DirectoryCommands.HandOver(handOverTo);
        }
    }

    public static class PasswordForm {
        private String currentPassword;
        private String password;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    public static class TokenForm {
        private String name;
        private DateInput expiresOn = new DateInput();

        DirectoryCommands.IssueToken toCommand(FormParsing parsing) {
            return new DirectoryCommands.IssueToken(name, parsing.date(expiresOn, "expiresOn", "the date the token expires"));
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getExpiresOn() { return expiresOn; }
        public void setExpiresOn(DateInput expiresOn) { this.expiresOn = expiresOn; }
    }
}

package org.infoshare.directory;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * What callers ask the directory to do. The same records are the API's request bodies and what the UI's
 * forms become, so every rule below applies the same way to both.
 */
public final class DirectoryCommands {

    private DirectoryCommands() {
    }

    public record ContactDetails(
            @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 254, message = "Email address must be 254 characters or fewer") String email,
            @Pattern(regexp = "^[0-9 +()-]{0,30}$", message = "Enter a telephone number, like 01632 960 001")
            String phone) {
    }

    public record CreateOrganisation(
            @NotBlank(message = "Enter the organisation's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @NotNull(message = "Select the type of organisation") OrganisationType type,
            @Pattern(regexp = "^([A-Z]{1,2}[0-9]{6,8})?$", message = "Enter an ICO registration number, like ZA123456")
            String icoRegistration,
            @NotNull(message = "Select the organisation's role under data protection law") ControllerRole controllerRole,
            @Valid ContactDetails dataProtectionOfficer,
            @Valid ContactDetails caldicottGuardian,
            @NotNull(message = "Name the organisation's first partnership administrator") @Valid NewStaffMember firstAdministrator) {
    }

    public record UpdateOrganisation(
            @NotBlank(message = "Enter the organisation's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @NotNull(message = "Select the type of organisation") OrganisationType type,
            @Pattern(regexp = "^([A-Z]{1,2}[0-9]{6,8})?$", message = "Enter an ICO registration number, like ZA123456")
            String icoRegistration,
            @NotNull(message = "Select the organisation's role under data protection law") ControllerRole controllerRole,
            @Valid ContactDetails dataProtectionOfficer,
            @Valid ContactDetails caldicottGuardian,
            @NotNull(message = "Send the version you last read") Integer version) {
    }

    public record AddAssurance(
            @NotNull(message = "Select the assurance scheme") AssuranceScheme scheme,
            @Size(max = 100, message = "Level must be 100 characters or fewer") String level,
            @Size(max = 100, message = "Reference must be 100 characters or fewer") String reference,
            @NotNull(message = "Enter the date the assurance is valid until") LocalDate validUntil) {
    }

    public record SaveTeam(
            @NotBlank(message = "Enter the team's name")
            @Size(max = 100, message = "Team name must be 100 characters or fewer") String name,
            @Size(max = 500, message = "Description must be 500 characters or fewer") String description) {
    }

    public record NewStaffMember(
            Actor.Kind kind,
            @NotBlank(message = "Enter a username")
            @Size(max = 254, message = "Username must be 254 characters or fewer")
            @Pattern(regexp = "^[^\\s]*$", message = "Username must not contain spaces") String username,
            @NotBlank(message = "Enter the full name")
            @Size(max = 200, message = "Full name must be 200 characters or fewer") String displayName,
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 254, message = "Email address must be 254 characters or fewer") String email,
            @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
            @NotEmpty(message = "Select at least one role") Set<Role> roles,
            Set<UUID> teamIds,
            @Size(min = 12, max = 200, message = "Password must be between 12 and 200 characters") String password,
            @PastOrPresent(message = "Training completion date must be today or in the past") LocalDate trainingCompletedOn,
            LocalDate trainingExpiresOn,
            VettingLevel vettingLevel,
            @PastOrPresent(message = "Vetting check date must be today or in the past") LocalDate vettingCheckedOn,
            LocalDate vettingExpiresOn) {
    }

    public record UpdateStaffMember(
            @NotBlank(message = "Enter the full name")
            @Size(max = 200, message = "Full name must be 200 characters or fewer") String displayName,
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 254, message = "Email address must be 254 characters or fewer") String email,
            @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
            @NotEmpty(message = "Select at least one role") Set<Role> roles,
            Set<UUID> teamIds,
            @NotNull(message = "Send the version you last read") Integer version) {
    }

    public record RecordTraining(
            @NotNull(message = "Enter the date the training was completed")
            @PastOrPresent(message = "Training completion date must be today or in the past") LocalDate completedOn,
            @NotNull(message = "Enter the date the training expires") LocalDate expiresOn) {
    }

    public record RecordVetting(
            @NotNull(message = "Select the vetting level") VettingLevel level,
            @NotNull(message = "Enter the date of the vetting check")
            @PastOrPresent(message = "Vetting check date must be today or in the past") LocalDate checkedOn,
            LocalDate expiresOn) {
    }

    /**
     * @param handOverTo the colleague who takes over what the leaver leaves behind (needed when they leave anything,
     *                   and always when access ends on a later day)
     * @param on         the day access ends, when that is later than today (a leaver's last day); null for now
     */
    public record RevokeAccess(@NotNull(message = "Select why access is ending") RevocationReason reason, UUID handOverTo, LocalDate on) {
        public RevokeAccess(RevocationReason reason) {
            this(reason, null, null);
        }
    }

    /** What someone whose access has ended left behind goes to this colleague. */
    public record HandOver(@NotNull(message = "Choose who takes over what they left behind") UUID handOverTo) {
    }

    public record SetPassword(
            @NotBlank(message = "Enter a password")
            @Size(min = 12, max = 200, message = "Password must be between 12 and 200 characters") String password) {
    }

    public record IssueToken(
            @NotBlank(message = "Enter a name for the token, like 'Case system nightly upload'")
            @Size(max = 100, message = "Token name must be 100 characters or fewer") String name,
            @NotNull(message = "Enter the date the token expires") LocalDate expiresOn) {
    }
}

package org.infoshare.directory;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.shared.Role;

/** What callers ask of sign-in's defences: codes given, and each organisation's requirement of a second step. */
public final class SignInCommands {

    private SignInCommands() {
    }

    /** A code from an authenticator app: six digits, spaces allowed. */
    public record AuthenticatorCode(
            @NotBlank(message = "Enter the 6-digit code from your authenticator app")
            @Pattern(regexp = "^\\s*[0-9]{3}\\s?[0-9]{3}\\s*$", message = "Enter the code as 6 digits, like 123 456")
            String code) {
    }

    /** One of the recovery codes given when the second step was set up. */
    public record RecoveryCode(
            @NotBlank(message = "Enter one of your recovery codes")
            @Size(max = 40, message = "Enter a recovery code, like abcd-efgh-jkmn-pqrs")
            String code) {
    }

    /** The roles for which the organisation requires a second step of signing in (none is allowed). */
    public record TwoStepRoles(@NotNull(message = "Send the roles, or an empty list for none") Set<Role> roles) {
    }
}

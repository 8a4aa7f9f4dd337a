package org.infoshare.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.infoshare.shared.Role;

/** Forms of signing in's second step, mirroring {@link SignInCommands}. */
final class SignInForms {

    private SignInForms() {
    }

    /** A code: from an authenticator app, or a recovery code. */
    public static class CodeForm {
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        SignInCommands.AuthenticatorCode toAuthenticatorCode() {
            return new SignInCommands.AuthenticatorCode(code);
        }

        SignInCommands.RecoveryCode toRecoveryCode() {
            return new SignInCommands.RecoveryCode(code);
        }
    }

    /** The roles that must take a second step. */
    public static class TwoStepRolesForm {
        private List<Role> roles = new ArrayList<>();

        static TwoStepRolesForm of(Set<Role> roles) {
            TwoStepRolesForm form = new TwoStepRolesForm();
            form.roles = new ArrayList<>(roles);
            return form;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles == null ? new ArrayList<>() : roles;
        }

        SignInCommands.TwoStepRoles toCommand() {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            chosen.addAll(roles);
            return new SignInCommands.TwoStepRoles(chosen);
        }
    }
}

package org.infoshare.directory;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/**
 * Signing in's defences through the API: locks, second steps and each organisation's requirement. Setting
 * up a second step needs a browser (a QR code to scan, a passkey ceremony) and is in the UI only; an API
 * token, a single factor, can never remove one.
 */
@RestController
@Tag(name = "Directory: signing in")
class SignInApi {

    private final AccountLocks locks;
    private final TwoStepSignIn twoStep;

    SignInApi(AccountLocks locks, TwoStepSignIn twoStep) {
        this.locks = locks;
        this.twoStep = twoStep;
    }

    /** An organisation's requirement: the roles that must take a second step to sign in. */
    record TwoStepRoles(Set<Role> roles) {
    }

    @GetMapping("/api/v1/me/second-step")
    @SignedIn
    @Operation(summary = "Your second step of signing in: authenticator app, passkeys, recovery codes left, and whether your role requires one")
    TwoStepSignIn.Status mySecondStep(Actor actor) {
        return twoStep.status(actor);
    }

    @DeleteMapping("/api/v1/users/{id}/lock")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Unlock an account locked after too many failed attempts to sign in")
    StaffMember unlock(Actor actor, @PathVariable UUID id) {
        return locks.unlock(actor, id);
    }

    @DeleteMapping("/api/v1/users/{id}/second-step")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Reset someone's second step (authenticator app, passkeys, recovery codes) when they have lost it; their sessions end")
    StaffMember resetSecondStep(Actor actor, @PathVariable UUID id) {
        return twoStep.reset(actor, id);
    }

    @GetMapping("/api/v1/organisations/{id}/two-step-roles")
    @SignedIn
    @Operation(summary = "The roles for which your organisation requires a second step to sign in")
    TwoStepRoles twoStepRoles(Actor actor, @PathVariable UUID id) {
        return new TwoStepRoles(twoStep.twoStepRoles(actor, id));
    }

    @PutMapping("/api/v1/organisations/{id}/two-step-roles")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Choose the roles for which your organisation requires a second step to sign in (an empty list for none)")
    TwoStepRoles requireTwoStep(Actor actor, @PathVariable UUID id, @RequestBody SignInCommands.TwoStepRoles command) {
        return new TwoStepRoles(twoStep.requireFor(actor, id, command));
    }
}

package org.infoshare.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.ControllerRole;
import org.infoshare.directory.OrganisationAdministration;
import org.infoshare.directory.OrganisationType;
import org.infoshare.directory.StaffAdministration;
import org.infoshare.directory.StaffMember;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fresh accounts for tests of signing in, so that locking, throttling or a second step never touch the
 * demo partnership's shared accounts; and authenticator-app codes computed as an app would (RFC 6238).
 */
@TestComponent
public class SignInAccounts {

    public static final String PASSWORD = "a-long-enough-passphrase";

    private final DemoPartnership demo;
    private final StaffAdministration staff;
    private final OrganisationAdministration organisations;

    SignInAccounts(DemoPartnership demo, StaffAdministration staff, OrganisationAdministration organisations) {
        this.demo = demo;
        this.staff = staff;
        this.organisations = organisations;
    }

    /** Someone new in the demo council (which requires no second step), with these roles. */
    public StaffMember councilPerson(Role... roles) {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String username = "signin." + UUID.randomUUID().toString().substring(0, 8) + "@westshire-council.example";
        return staff.create(admin, person(username, roles));
    }

    /**
     * A new organisation, which takes the default requirement (a second step for its DPO, Caldicott Guardian,
     * administrators and auditors); the returned member is its first administrator.
     */
    public StaffMember newOrganisationAdministrator() {
        Actor onboarding = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String username = "admin." + unique + "@new-partner.example";
        organisations.create(onboarding, new DirectoryCommands.CreateOrganisation(
                "New partner " + unique, OrganisationType.VOLUNTARY, null, ControllerRole.CONTROLLER, null, null,
                person(username, Role.PARTNERSHIP_ADMINISTRATOR)));
        return staff.member(demo.actor(username), demo.userId(username));
    }

    /** Someone new in the organisation of the administrator given. */
    public StaffMember colleagueOf(StaffMember administrator, Role... roles) {
        String username = "colleague." + UUID.randomUUID().toString().substring(0, 8) + "@new-partner.example";
        return staff.create(demo.actor(administrator.username()), person(username, roles));
    }

    private static DirectoryCommands.NewStaffMember person(String username, Role... roles) {
        return new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, username, "Robin Signin", username, "Social worker",
                Set.of(roles), Set.of(), PASSWORD, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11), null, null, null);
    }

    /** The code an authenticator app shows at {@code at} for this secret. */
    public static String code(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret.replace(" ", ""), Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}

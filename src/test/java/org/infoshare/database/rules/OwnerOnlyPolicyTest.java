package org.infoshare.database.rules;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerOnlyPolicyTest {

    @Test
    void theOwnersOwnPermissionsAreSafe() {
        for (String owner : new String[] {"---", "r--", "rw-", "rwx", "-w-"}) {
            assertThat(OwnerOnlyPolicy.judge(PosixFilePermissions.fromString(owner + "------")).safe()).as(owner).isTrue();
        }
    }

    @Test
    void eachPermissionForGroupOrOthersIsNamed() {
        assertThat(OwnerOnlyPolicy.judge(PosixFilePermissions.fromString("rw-r--r--")).problems())
                .containsExactlyInAnyOrder(OwnerOnlyPolicy.Problem.GROUP_CAN_READ, OwnerOnlyPolicy.Problem.OTHERS_CAN_READ);
        assertThat(OwnerOnlyPolicy.judge(PosixFilePermissions.fromString("rw-----w-")).problems())
                .containsExactly(OwnerOnlyPolicy.Problem.OTHERS_CAN_WRITE);
        assertThat(OwnerOnlyPolicy.judge(PosixFilePermissions.fromString("rw---x---")).problems())
                .containsExactly(OwnerOnlyPolicy.Problem.GROUP_CAN_EXECUTE);
    }

    /** Every one of the 512 permission sets: safe exactly when group and others have nothing. */
    @Test
    void safeExactlyWhenGroupAndOthersHaveNothing() {
        PosixFilePermission[] all = PosixFilePermission.values();
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            for (int bit = 0; bit < all.length; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    permissions.add(all[bit]);
                }
            }
            OwnerOnlyPolicy.Verdict verdict = OwnerOnlyPolicy.judge(permissions);
            assertThat(verdict.safe()).as(PosixFilePermissions.toString(permissions)).isEqualTo(ownerOnly.containsAll(permissions));
            assertThat(verdict.problems()).hasSize((int) permissions.stream().filter(p -> !ownerOnly.contains(p)).count());
        }
    }
}

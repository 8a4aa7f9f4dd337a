package org.infoshare.database.rules;

import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file holding a secret (the master keyset, the database superuser's password) may be readable and
 * writable by its owner only: any permission for the group or for others lets another local account (or a
 * process running as one) read it, so infoshare refuses to start with it.
 */
public final class OwnerOnlyPolicy {

    /** What is wrong with a file's permissions, as a stable code. */
    public enum Problem {
        GROUP_CAN_READ, GROUP_CAN_WRITE, GROUP_CAN_EXECUTE, OTHERS_CAN_READ, OTHERS_CAN_WRITE, OTHERS_CAN_EXECUTE
    }

    /** The verdict: {@code problems} is empty when the file is safe to use. */
    public record Verdict(Set<Problem> problems) {
        public Verdict {
            problems = problems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(problems));
        }

        public boolean safe() {
            return problems.isEmpty();
        }
    }

    private OwnerOnlyPolicy() {
    }

    public static Verdict judge(Set<PosixFilePermission> permissions) {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        for (PosixFilePermission permission : permissions) {
            switch (permission) {
                case GROUP_READ -> problems.add(Problem.GROUP_CAN_READ);
                case GROUP_WRITE -> problems.add(Problem.GROUP_CAN_WRITE);
                case GROUP_EXECUTE -> problems.add(Problem.GROUP_CAN_EXECUTE);
                case OTHERS_READ -> problems.add(Problem.OTHERS_CAN_READ);
                case OTHERS_WRITE -> problems.add(Problem.OTHERS_CAN_WRITE);
                case OTHERS_EXECUTE -> problems.add(Problem.OTHERS_CAN_EXECUTE);
                default -> {
                    // the owner's own permissions are the owner's business
                }
            }
        }
        return new Verdict(problems);
    }
}

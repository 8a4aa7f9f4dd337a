package org.infoshare.agreement.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.infoshare.agreement.AgreementDocument.Purpose;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.Violation;

/**
 * An agreement's purposes are codes from the purpose vocabulary, with the agreement's words beside them (000 §4.2):
 * at least one; each with its code, each code once; a purpose outside the vocabulary ("Another purpose") says
 * in words what it is. What a decision or a check reads is the code, never the wording.
 */
public final class PurposeRules {

    public static final String PURPOSE_CODE = "purpose-code";
    public static final String OTHER_NEEDS_WORDING = "other-purpose-wording";

    private PurposeRules() {
    }

    public static void check(List<Violation> v, List<Purpose> purposes) {
        if (purposes.isEmpty()) {
            v.add(new Violation("purposes", ActivationRules.REQUIRED_ELEMENT, "Choose the purposes of the sharing (000 §4.2)"));
            return;
        }
        Set<SharingPurpose> seen = EnumSet.noneOf(SharingPurpose.class);
        for (int i = 0; i < purposes.size(); i++) {
            Purpose purpose = purposes.get(i);
            String at = "purposes[" + i + "]";
            if (purpose == null || purpose.code() == null) {
                v.add(new Violation(at + ".code", PURPOSE_CODE, "Choose purpose " + (i + 1) + " from the list of purposes"));
                continue;
            }
            if (!seen.add(purpose.code())) {
                v.add(new Violation(at + ".code", ActivationRules.DUPLICATE, "Each purpose may be chosen only once: " + purpose.code().label()));
            }
            boolean worded = purpose.wording() != null && !purpose.wording().isBlank();
            if (purpose.code() == SharingPurpose.OTHER && !worded) {
                v.add(new Violation(at + ".wording", OTHER_NEEDS_WORDING, "Say what the other purpose is"));
            }
            if (worded && purpose.wording().length() > ActivationRules.MAX_TEXT) {
                v.add(new Violation(at + ".wording", ActivationRules.MAX_LENGTH, "This must be " + ActivationRules.MAX_TEXT + " characters or fewer"));
            }
        }
    }
}

package org.infoshare.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.agreement.DataItemTerms;
import org.infoshare.agreement.TransferMethod;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

/**
 * Whether an agreement can carry datasets from a sender to a recipient now: both are parties, it is in force
 * (fully signed, not terminated), it allows systematic sharing, and this platform is one of its transfer methods.
 */
final class AgreementCheck {

    private AgreementCheck() {
    }

    static AgreementTerms usable(AgreementRegister register, UUID agreementId, UUID sender, UUID recipient) {
        AgreementTerms terms = register.terms(agreementId)
                .filter(t -> t.parties().contains(sender))
                .orElseThrow(() -> InvalidRequestException.of("agreementId", "agreement", "Choose an agreement your organisation is a party to"));
        List<Violation> violations = problems(terms, sender, recipient);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return terms;
    }

    static List<Violation> problems(AgreementTerms terms, UUID sender, UUID recipient) {
        List<Violation> violations = new ArrayList<>();
        if (!terms.covers(sender, recipient)) {
            violations.add(new Violation("recipientOrganisationId", "party", "The recipient must be a party to the agreement"));
        }
        if (sender.equals(recipient)) {
            violations.add(new Violation("recipientOrganisationId", "other-organisation", "The recipient must be another organisation"));
        }
        if (!terms.inForce()) {
            violations.add(new Violation("agreementId", "in-force",
                    "The agreement is " + terms.status().label().toLowerCase(java.util.Locale.ROOT)
                            + ": datasets can be shared only under an agreement signed by every party and in force"));
        }
        if (!terms.mode().allowsSystematic()) {
            violations.add(new Violation("agreementId", "systematic", "The agreement covers only exceptional, one-off sharing, not datasets"));
        }
        if (!terms.transferMethods().contains(TransferMethod.INFOSHARE_PLATFORM)) {
            violations.add(new Violation("agreementId", "transfer-method", "The agreement does not list this platform as a secure method of transfer"));
        }
        return violations;
    }

    /** The agreement's data items that may go to the recipient. */
    static Set<String> allowedItems(AgreementTerms terms, UUID recipient) {
        return terms.dataItems().stream().filter(item -> item.mayGoTo(recipient)).map(DataItemTerms::code).collect(Collectors.toSet());
    }

    static Set<String> items(AgreementTerms terms) {
        return terms.dataItems().stream().map(DataItemTerms::code).collect(Collectors.toSet());
    }
}

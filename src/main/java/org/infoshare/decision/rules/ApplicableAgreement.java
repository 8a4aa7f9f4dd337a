package org.infoshare.decision.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.infoshare.agreement.AgreementTerms;
import org.infoshare.agreement.DataItemTerms;
import org.infoshare.agreement.SharingMode;
import org.infoshare.agreement.TransferMethod;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;

/**
 * An agreement as the decision engine sees it: whether it is in force, whether it allows case-by-case and
 * systematic sharing, which purposes it covers, which data items may go to which parties, and how.
 *
 * @param inForce       fully signed and not terminated: only then can it be relied on
 * @param statusLabel   how to describe its status to a practitioner when it cannot be relied on
 * @param consentBasis  the parties that declared whether they rely on consent as their UK GDPR lawful basis, and
 *                      what they declared (002 §2.4: 'each party is responsible for managing consent where they use
 *                      consent as the lawful basis')
 */
public record ApplicableAgreement(UUID agreementId, String reference, String title, boolean inForce, String statusLabel,
                                  boolean allowsCaseByCase, boolean allowsSystematic, LocalDate effectiveFrom,
                                  Set<UUID> parties, Set<SharingPurpose> purposes, Map<String, AgreementItem> items,
                                  Set<TransferMethod> transferMethods, Map<UUID, Boolean> consentBasis) {

    public ApplicableAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        consentBasis = consentBasis == null ? Map.of() : Map.copyOf(consentBasis);
        parties = Set.copyOf(parties);
        purposes = purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
        items = Map.copyOf(items);
        transferMethods = transferMethods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(transferMethods));
    }

    /** An agreement's terms as the engine reads them: its purposes by their codes, and what each party says of consent. */
    public static ApplicableAgreement from(AgreementTerms terms) {
        List<AgreementItem> items = new java.util.ArrayList<>();
        for (DataItemTerms item : terms.dataItems()) {
            items.add(new AgreementItem(item.code(), item.name(), item.category(), item.specialCategory(), item.recipients()));
        }
        return new ApplicableAgreement(terms.agreementId(), terms.reference(), terms.title(), terms.inForce(), terms.status().label(),
                terms.mode() != SharingMode.SYSTEMATIC, terms.mode().allowsSystematic(), terms.effectiveFrom(), terms.parties(),
                terms.purposes(), itemsByCode(items), terms.transferMethods(), terms.consentBasis());
    }

    public static Map<String, AgreementItem> itemsByCode(List<AgreementItem> items) {
        return items.stream().collect(Collectors.toMap(AgreementItem::code, Function.identity(), (a, b) -> a));
    }

    /** One data item the agreement covers, and the parties that may receive it. */
    public record AgreementItem(String code, String label, DataCategory category, SpecialCategory specialCategory,
                                Set<UUID> recipients) {
        public AgreementItem {
            recipients = Set.copyOf(recipients);
        }

        public boolean mayGoTo(UUID organisation) {
            return recipients.contains(organisation);
        }
    }

    public boolean covers(UUID holder, UUID recipient) {
        return parties.contains(holder) && parties.contains(recipient);
    }

    public boolean allows(DecisionMode mode) {
        return mode == DecisionMode.SYSTEMATIC ? allowsSystematic : allowsCaseByCase;
    }

    public String name() {
        return reference == null || reference.isBlank() ? title : reference + " " + title;
    }
}

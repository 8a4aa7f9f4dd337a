package org.infoshare.rights.rules;

import java.util.Objects;

/**
 * Whether one item of information goes into a subject access bundle (004 §6; DPA 2018 Sch 2–3). An item its
 * sender marked "not to be disclosed to the data subject" is withheld under the serious harm exemption for the
 * kind of information the organisation holds (health, social work, education) or, for a competent authority,
 * the law enforcement restriction; the Data Protection Officer may name a different exemption, never release
 * it. An item held for the prevention or detection of crime (shared for crime or public protection purposes)
 * is withheld under the crime exemption unless the DPO decides its release would not prejudice those
 * purposes. The DPO may withhold any other item under an exemption that withholds items. Third parties'
 * identities are redacted from what is released, not withheld as whole items.
 */
public final class Withholding {

    private Withholding() {
    }

    /** The kind of information an organisation holds, which decides the serious harm exemption that applies. */
    public enum HolderKind { HEALTH, SOCIAL_WORK, EDUCATION, LAW_ENFORCEMENT, OTHER }

    /** What the DPO chose for one item in the preview. */
    public enum Choice { DEFAULT, INCLUDE, WITHHOLD }

    /**
     * @param notToSubject   the sender marked it not to be disclosed to the person (serious harm)
     * @param forCrime       it is held for the prevention or detection of crime
     * @param chosenExemption the exemption the DPO named when choosing to withhold, or to change the default one
     */
    public record Item(boolean notToSubject, boolean forCrime, HolderKind holder, Choice choice, Exemption chosenExemption) {
        public Item {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(choice, "choice");
        }
    }

    /** Included, or withheld under an exemption (shown on the internal copy only). */
    public record Decision(boolean withheld, Exemption exemption, String rule) {
        static Decision include(String rule) {
            return new Decision(false, null, rule);
        }

        static Decision withhold(Exemption exemption, String rule) {
            return new Decision(true, Objects.requireNonNull(exemption), rule);
        }
    }

    public static Decision decide(Item item) {
        Exemption chosen = item.chosenExemption() != null && item.chosenExemption().withholdsItems() ? item.chosenExemption() : null;
        if (item.notToSubject()) {
            return Decision.withhold(chosen != null ? chosen : seriousHarm(item.holder()), "not-to-be-disclosed-to-subject");
        }
        if (item.forCrime() && item.choice() != Choice.INCLUDE) {
            return Decision.withhold(chosen != null ? chosen : crime(item.holder()), "held-for-crime");
        }
        if (item.choice() == Choice.WITHHOLD) {
            if (chosen == null) {
                throw new IllegalArgumentException("An item withheld by the DPO names the exemption it is withheld under");
            }
            return Decision.withhold(chosen, "withheld-by-dpo");
        }
        return Decision.include(item.forCrime() ? "crime-exemption-not-applied" : "included");
    }

    static Exemption seriousHarm(HolderKind holder) {
        return switch (holder) {
            case HEALTH -> Exemption.HEALTH_SERIOUS_HARM;
            case EDUCATION -> Exemption.EDUCATION_SERIOUS_HARM;
            case LAW_ENFORCEMENT -> Exemption.LAW_ENFORCEMENT_RESTRICTION;
            case SOCIAL_WORK, OTHER -> Exemption.SOCIAL_WORK_SERIOUS_HARM;
        };
    }

    static Exemption crime(HolderKind holder) {
        return holder == HolderKind.LAW_ENFORCEMENT ? Exemption.LAW_ENFORCEMENT_RESTRICTION : Exemption.CRIME_AND_TAXATION;
    }
}

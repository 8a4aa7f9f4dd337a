package org.infoshare.decision.rules;

import java.util.List;
import java.util.Optional;

import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;

/**
 * The items of information practitioners most often consider sharing about a child, a parent or an adult
 * at risk, each classed by the law that protects it (UK GDPR Arts 6, 9 and 10). Codes are stable: decisions
 * store them, and agreements name their items with the same codes where they cover the same thing.
 */
public final class StandardItems {

    public record Item(String code, String label, DataCategory category, SpecialCategory specialCategory, boolean opinion) {
    }

    public static final List<Item> ALL = List.of(
            new Item("name-and-contact", "Name and contact details", DataCategory.PERSONAL, null, false),
            new Item("date-of-birth", "Age or date of birth", DataCategory.PERSONAL, null, false),
            new Item("address", "Address and who lives there", DataCategory.PERSONAL, null, false),
            new Item("family-relationships", "Family members and relationships", DataCategory.PERSONAL, null, false),
            new Item("school-attendance", "School attendance and exclusions", DataCategory.PERSONAL, null, false),
            new Item("agency-involvement", "Which services are involved and since when", DataCategory.PERSONAL, null, false),
            new Item("safeguarding-concern", "The safeguarding concern: what was seen or said", DataCategory.PERSONAL, null, false),
            new Item("risk-assessment", "Professional assessment of risk", DataCategory.PERSONAL, null, true),
            new Item("physical-health", "Physical health and injuries", DataCategory.SPECIAL_CATEGORY, SpecialCategory.HEALTH, false),
            new Item("mental-health", "Mental health", DataCategory.SPECIAL_CATEGORY, SpecialCategory.HEALTH, false),
            new Item("substance-misuse", "Drug or alcohol misuse", DataCategory.SPECIAL_CATEGORY, SpecialCategory.HEALTH, false),
            new Item("ethnicity", "Racial or ethnic origin", DataCategory.SPECIAL_CATEGORY, SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN, false),
            new Item("sexual-orientation", "Sexual orientation", DataCategory.SPECIAL_CATEGORY, SpecialCategory.SEXUAL_ORIENTATION, false),
            new Item("religion", "Religion or belief", DataCategory.SPECIAL_CATEGORY, SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS, false),
            new Item("criminal-convictions", "Criminal convictions and cautions", DataCategory.CRIMINAL_OFFENCE, null, false),
            new Item("police-involvement", "Offences alleged, arrests and police call-outs", DataCategory.CRIMINAL_OFFENCE, null, false),
            new Item("domestic-abuse-incidents", "Domestic abuse incidents", DataCategory.CRIMINAL_OFFENCE, null, false),
            new Item("victim-or-perpetrator", "Whether they are a victim or a perpetrator", DataCategory.CRIMINAL_OFFENCE, null, false));

    private StandardItems() {
    }

    public static Optional<Item> byCode(String code) {
        return ALL.stream().filter(item -> item.code().equals(code)).findFirst();
    }
}

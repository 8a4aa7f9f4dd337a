package org.infoshare.linkage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.linkage.rules.matching.BlockingRule;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.rules.outcomes.Members;
import org.infoshare.web.FormParsing;

/** The linkage pages' forms, their properties in the order the pages show them, mirroring the commands. */
final class LinkageForms {

    private LinkageForms() {
    }

    /** A number with a fractional part as a person types it ("6", "-2.5"), or null with the problem recorded. */
    static Double decimal(FormParsing parsing, String text, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            parsing.invalid(field, "number", message);
            return null;
        }
    }

    /** What was typed, or null for nothing (so that an empty field breaks only the rule that it be filled in). */
    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    public static class CreatePlanForm {
        private String name;
        private UUID agreementId;
        private UUID analystTeamId;
        private UUID worklistTeamId;
        private String secretFingerprint;

        LinkageCommands.CreatePlan toCommand() {
            String fingerprint = text(secretFingerprint);
            return new LinkageCommands.CreatePlan(agreementId, text(name), analystTeamId, worklistTeamId,
                    fingerprint == null ? null : fingerprint.toLowerCase(java.util.Locale.ROOT));
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public UUID getAgreementId() { return agreementId; }
        public void setAgreementId(UUID agreementId) { this.agreementId = agreementId; }
        public UUID getAnalystTeamId() { return analystTeamId; }
        public void setAnalystTeamId(UUID analystTeamId) { this.analystTeamId = analystTeamId; }
        public UUID getWorklistTeamId() { return worklistTeamId; }
        public void setWorklistTeamId(UUID worklistTeamId) { this.worklistTeamId = worklistTeamId; }
        public String getSecretFingerprint() { return secretFingerprint; }
        public void setSecretFingerprint(String secretFingerprint) { this.secretFingerprint = secretFingerprint; }
    }

    public static class SettingsForm {
        private List<BlockingRule> blocking;
        private String matchWeight;
        private String reviewWeight;
        private String maxBlockSize;
        private Integer version;

        static SettingsForm of(LinkagePlan plan) {
            SettingsForm form = new SettingsForm();
            form.matchWeight = plain(plan.settings().matchWeight());
            form.reviewWeight = plain(plan.settings().reviewWeight());
            form.blocking = List.copyOf(plan.settings().blocking());
            form.maxBlockSize = String.valueOf(plan.settings().maxBlockSize());
            form.version = plan.version();
            return form;
        }

        private static String plain(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        LinkageCommands.UpdateSettings toCommand(FormParsing parsing) {
            return new LinkageCommands.UpdateSettings(decimal(parsing, matchWeight, "matchWeight", "Enter the match threshold as a number, like 6"),
                    decimal(parsing, reviewWeight, "reviewWeight", "Enter where the review band starts as a number, like 2"),
                    set(blocking, BlockingRule.class),
                    parsing.number(maxBlockSize, "maxBlockSize", "Enter the largest block as a whole number, like 2000"), version);
        }

        public String getMatchWeight() { return matchWeight; }
        public void setMatchWeight(String matchWeight) { this.matchWeight = matchWeight; }
        public String getReviewWeight() { return reviewWeight; }
        public void setReviewWeight(String reviewWeight) { this.reviewWeight = reviewWeight; }
        public List<BlockingRule> getBlocking() { return blocking; }
        public void setBlocking(List<BlockingRule> blocking) { this.blocking = blocking; }
        public String getMaxBlockSize() { return maxBlockSize; }
        public void setMaxBlockSize(String maxBlockSize) { this.maxBlockSize = maxBlockSize; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    /** An analyst's m and u for one field's level; both empty goes back to what the data gives. */
    public static class OverrideForm {
        private Field field;
        private Level level;
        private String m;
        private String u;
        private Integer version;

        LinkageCommands.SetOverride toCommand(FormParsing parsing) {
            return new LinkageCommands.SetOverride(field, level, decimal(parsing, m, "m", "Enter m as a number between 0 and 1, like 0.95"),
                    decimal(parsing, u, "u", "Enter u as a number between 0 and 1, like 0.01"), version);
        }

        public Field getField() { return field; }
        public void setField(Field field) { this.field = field; }
        public Level getLevel() { return level; }
        public void setLevel(Level level) { this.level = level; }
        public String getM() { return m; }
        public void setM(String m) { this.m = m; }
        public String getU() { return u; }
        public void setU(String u) { this.u = u; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    public static class EligibilityForm {
        private String minimumAreas;
        private String sustainMonths;
        private Integer version;

        static EligibilityForm of(LinkagePlan plan) {
            EligibilityForm form = new EligibilityForm();
            form.minimumAreas = String.valueOf(plan.outcomes().minimumAreas());
            form.sustainMonths = String.valueOf(plan.outcomes().sustainMonths());
            form.version = plan.version();
            return form;
        }

        LinkageCommands.Eligibility toCommand(FormParsing parsing) {
            return new LinkageCommands.Eligibility(parsing.number(minimumAreas, "minimumAreas", "Enter the number of areas as a whole number, like 2"),
                    parsing.number(sustainMonths, "sustainMonths", "Enter the number of months as a whole number, like 6"), version);
        }

        public String getMinimumAreas() { return minimumAreas; }
        public void setMinimumAreas(String minimumAreas) { this.minimumAreas = minimumAreas; }
        public String getSustainMonths() { return sustainMonths; }
        public void setSustainMonths(String sustainMonths) { this.sustainMonths = sustainMonths; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    public static class DescriptorForm {
        private HeadlineArea area;
        private String code;
        private String description;
        private List<Indicator> indicators;
        private Members members;
        private String atLeast;
        private String withinMonths;
        private String threshold;
        private String ofLast;
        private Integer version;

        LinkageCommands.AddDescriptor toCommand(FormParsing parsing) {
            return new LinkageCommands.AddDescriptor(text(code), area, text(description), set(indicators, Indicator.class), members,
                    parsing.number(atLeast, "atLeast", "Enter how many as a whole number, like 2"),
                    parsing.number(withinMonths, "withinMonths", "Enter the number of months as a whole number, like 12"),
                    decimal(parsing, threshold, "threshold", "Enter the percentage as a number, like 90"),
                    parsing.number(ofLast, "ofLast", "Enter the number of periods as a whole number, like 3"), version);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public HeadlineArea getArea() { return area; }
        public void setArea(HeadlineArea area) { this.area = area; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public List<Indicator> getIndicators() { return indicators; }
        public void setIndicators(List<Indicator> indicators) { this.indicators = indicators; }
        public Members getMembers() { return members; }
        public void setMembers(Members members) { this.members = members; }
        public String getAtLeast() { return atLeast; }
        public void setAtLeast(String atLeast) { this.atLeast = atLeast; }
        public String getWithinMonths() { return withinMonths; }
        public void setWithinMonths(String withinMonths) { this.withinMonths = withinMonths; }
        public String getThreshold() { return threshold; }
        public void setThreshold(String threshold) { this.threshold = threshold; }
        public String getOfLast() { return ofLast; }
        public void setOfLast(String ofLast) { this.ofLast = ofLast; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }

    /** Same person or not, for a pair in the review band. */
    public static class DecideForm {
        private Boolean same;

        LinkageCommands.Decide toCommand() {
            return new LinkageCommands.Decide(same);
        }

        public Boolean getSame() { return same; }
        public void setSame(Boolean same) { this.same = same; }
    }

    /** The records (by position) to separate from the rest of a person's. */
    public static class SplitForm {
        private List<Integer> records;

        LinkageCommands.Split toCommand() {
            return new LinkageCommands.Split(records == null ? List.of() : records);
        }

        public List<Integer> getRecords() { return records; }
        public void setRecords(List<Integer> records) { this.records = records; }
    }
}

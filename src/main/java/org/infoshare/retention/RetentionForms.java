package org.infoshare.retention;

import java.util.UUID;

import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.web.FormParsing;

/** The retention forms, each mirroring its command; a hold names the person by the organisation's reference. */
final class RetentionForms {

    private RetentionForms() {
    }

    public static class HoldForm {
        private String reference;
        private String reason;

        RetentionCommands.PlaceHold toCommand(UUID subjectId) {
            return new RetentionCommands.PlaceHold(subjectId, null, null, reason);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class LiftForm {
        private String reason;

        RetentionCommands.LiftHold toCommand(FormParsing parsing) {
            return new RetentionCommands.LiftHold(reason);
        }

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class RuleForm {
        private RecordType recordType;
        private UUID agreementId;
        private RetentionRule.Action action;
        private RetentionEvent event;
        private Integer years;
        private Integer months;
        private Integer age;
        private Integer reviewEveryYears;
        private String schoolYearEnds;
        private String source;

        RetentionCommands.SetRule toCommand(FormParsing parsing) {
            return new RetentionCommands.SetRule(recordType, agreementId, action, event, years, months, age, reviewEveryYears,
                    schoolYearEnds == null ? null : schoolYearEnds.strip(), source);
        }

        public RecordType getRecordType() { return recordType; }
        public void setRecordType(RecordType recordType) { this.recordType = recordType; }
        public UUID getAgreementId() { return agreementId; }
        public void setAgreementId(UUID agreementId) { this.agreementId = agreementId; }
        public RetentionRule.Action getAction() { return action; }
        public void setAction(RetentionRule.Action action) { this.action = action; }
        public RetentionEvent getEvent() { return event; }
        public void setEvent(RetentionEvent event) { this.event = event; }
        public Integer getYears() { return years; }
        public void setYears(Integer years) { this.years = years; }
        public Integer getMonths() { return months; }
        public void setMonths(Integer months) { this.months = months; }
        public Integer getAge() { return age; }
        public void setAge(Integer age) { this.age = age; }
        public Integer getReviewEveryYears() { return reviewEveryYears; }
        public void setReviewEveryYears(Integer reviewEveryYears) { this.reviewEveryYears = reviewEveryYears; }
        public String getSchoolYearEnds() { return schoolYearEnds; }
        public void setSchoolYearEnds(String schoolYearEnds) { this.schoolYearEnds = schoolYearEnds; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }
}

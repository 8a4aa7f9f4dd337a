package org.infoshare.complaint;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.complaint.rules.Topic;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The complaints register's forms, their properties in the order the pages show them, mirroring the commands. */
final class ComplaintForms {

    static final String DAYS = "Enter a whole number of working days, like 5";

    private ComplaintForms() {
    }

    public static class RecordForm {
        private DateInput receivedOn = new DateInput();
        private Channel channel;
        private String complainant;
        private String summary;
        private List<Topic> topics;

        ComplaintCommands.RecordComplaint toCommand(FormParsing parsing) {
            return new ComplaintCommands.RecordComplaint(parsing.date(receivedOn, "receivedOn", "the date the complaint was received"), channel,
                    complainant, summary, topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
        }

        public DateInput getReceivedOn() { return receivedOn; }
        public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
        public Channel getChannel() { return channel; }
        public void setChannel(Channel channel) { this.channel = channel; }
        public String getComplainant() { return complainant; }
        public void setComplainant(String complainant) { this.complainant = complainant; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public List<Topic> getTopics() { return topics; }
        public void setTopics(List<Topic> topics) { this.topics = topics; }
    }

    public static class AcknowledgeForm {
        private DateInput acknowledgedOn = new DateInput();

        ComplaintCommands.Acknowledge toCommand(FormParsing parsing) {
            return new ComplaintCommands.Acknowledge(parsing.date(acknowledgedOn, "acknowledgedOn", "the date of the acknowledgement"));
        }

        public DateInput getAcknowledgedOn() { return acknowledgedOn; }
        public void setAcknowledgedOn(DateInput acknowledgedOn) { this.acknowledgedOn = acknowledgedOn; }
    }

    public static class InvestigateForm {
        private UUID investigatorId;

        ComplaintCommands.Investigate toCommand() {
            return new ComplaintCommands.Investigate(investigatorId);
        }

        public UUID getInvestigatorId() { return investigatorId; }
        public void setInvestigatorId(UUID investigatorId) { this.investigatorId = investigatorId; }
    }

    public static class LinkForm {
        private Complaint.LinkKind kind;
        private String recordId;

        ComplaintCommands.Link toCommand(FormParsing parsing) {
            UUID id = null;
            if (recordId != null && !recordId.isBlank()) {
                try {
                    id = UUID.fromString(recordId.strip());
                } catch (IllegalArgumentException e) {
                    parsing.invalid("recordId", "format", "Enter the record's id as it appears in its address, like 3f2c…");
                }
            }
            return new ComplaintCommands.Link(kind, id);
        }

        public Complaint.LinkKind getKind() { return kind; }
        public void setKind(Complaint.LinkKind kind) { this.kind = kind; }
        public String getRecordId() { return recordId; }
        public void setRecordId(String recordId) { this.recordId = recordId; }
    }

    public static class CloseForm {
        private ComplaintOutcome outcome;
        private String findings;
        private String actions;
        private DateInput respondedOn = new DateInput();

        ComplaintCommands.Close toCommand(FormParsing parsing) {
            return new ComplaintCommands.Close(outcome, findings, actions, parsing.date(respondedOn, "respondedOn", "the date of the response"));
        }

        public ComplaintOutcome getOutcome() { return outcome; }
        public void setOutcome(ComplaintOutcome outcome) { this.outcome = outcome; }
        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }
        public String getActions() { return actions; }
        public void setActions(String actions) { this.actions = actions; }
        public DateInput getRespondedOn() { return respondedOn; }
        public void setRespondedOn(DateInput respondedOn) { this.respondedOn = respondedOn; }
    }

    public static class IcoReferralForm {
        private DateInput referredOn = new DateInput();

        ComplaintCommands.IcoReferral toCommand(FormParsing parsing) {
            return new ComplaintCommands.IcoReferral(parsing.date(referredOn, "referredOn", "the date the complainant went to the ICO"));
        }

        public DateInput getReferredOn() { return referredOn; }
        public void setReferredOn(DateInput referredOn) { this.referredOn = referredOn; }
    }

    public static class SettingsForm {
        private String acknowledgeDays;
        private String respondDays;

        ComplaintCommands.Settings toCommand(FormParsing parsing) {
            return new ComplaintCommands.Settings(parsing.number(acknowledgeDays, "acknowledgeDays", DAYS), parsing.number(respondDays, "respondDays", DAYS));
        }

        public String getAcknowledgeDays() { return acknowledgeDays; }
        public void setAcknowledgeDays(String acknowledgeDays) { this.acknowledgeDays = acknowledgeDays; }
        public String getRespondDays() { return respondDays; }
        public void setRespondDays(String respondDays) { this.respondDays = respondDays; }
    }
}

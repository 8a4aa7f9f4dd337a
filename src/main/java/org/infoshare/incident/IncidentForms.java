package org.infoshare.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infoshare.incident.rules.Containment;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.Encryption;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.Likelihood;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.Severity;
import org.infoshare.shared.UkCalendar;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The incident register's forms, their properties in the order the pages show them, mirroring the commands. */
final class IncidentForms {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    static final String PEOPLE_NUMBER = "Enter the number of people as a whole number, like 12";

    private IncidentForms() {
    }

    /** A moment entered as a GOV.UK date and a time of day ("14:30"), in London time. */
    public static class WhenInput extends DateInput {
        private String time = "";

        static WhenInput of(Instant instant) {
            WhenInput input = new WhenInput();
            if (instant != null) {
                var local = instant.atZone(UkCalendar.ZONE);
                DateInput date = DateInput.of(local.toLocalDate());
                input.setDay(date.getDay());
                input.setMonth(date.getMonth());
                input.setYear(date.getYear());
                input.time = DateTimeFormatter.ofPattern("HH:mm").format(local);
            }
            return input;
        }

        /** The moment, or null when nothing was entered (or it could not be read: the problem is recorded). */
        Instant toInstant(FormParsing parsing, String field, String what) {
            if (isEmpty() && (time == null || time.isBlank())) {
                return null;
            }
            LocalDate date = parsing.date(this, field, what);
            if (isEmpty()) {
                parsing.invalid(field, "date", "Enter " + what);
                return null;
            }
            Matcher matcher = TIME.matcher(time == null ? "" : time.strip());
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 23 || Integer.parseInt(matcher.group(2)) > 59) {
                if (date != null) {
                    parsing.invalid(field, "time", "Enter the time as hours and minutes, like 14:30");
                }
                return null;
            }
            if (date == null) {
                return null;
            }
            return date.atTime(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))).atZone(UkCalendar.ZONE).toInstant();
        }

        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
    }

    static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    public static class ReportForm {
        private IncidentKind kind;
        private String account;
        private WhenInput occurredAt = new WhenInput();
        private WhenInput awareAt = new WhenInput();
        private List<DataAffected> dataAffected;
        private String peopleAffected;
        private String involved;
        private String actionsTaken;

        IncidentCommands.ReportIncident toCommand(FormParsing parsing) {
            return new IncidentCommands.ReportIncident(kind, account, occurredAt.toInstant(parsing, "occurredAt", "when it happened"),
                    awareAt.toInstant(parsing, "awareAt", "when you became aware of it"), set(dataAffected, DataAffected.class),
                    parsing.number(peopleAffected, "peopleAffected", PEOPLE_NUMBER), involved, actionsTaken);
        }

        public IncidentKind getKind() { return kind; }
        public void setKind(IncidentKind kind) { this.kind = kind; }
        public String getAccount() { return account; }
        public void setAccount(String account) { this.account = account; }
        public WhenInput getOccurredAt() { return occurredAt; }
        public void setOccurredAt(WhenInput occurredAt) { this.occurredAt = occurredAt; }
        public WhenInput getAwareAt() { return awareAt; }
        public void setAwareAt(WhenInput awareAt) { this.awareAt = awareAt; }
        public List<DataAffected> getDataAffected() { return dataAffected; }
        public void setDataAffected(List<DataAffected> dataAffected) { this.dataAffected = dataAffected; }
        public String getPeopleAffected() { return peopleAffected; }
        public void setPeopleAffected(String peopleAffected) { this.peopleAffected = peopleAffected; }
        public String getInvolved() { return involved; }
        public void setInvolved(String involved) { this.involved = involved; }
        public String getActionsTaken() { return actionsTaken; }
        public void setActionsTaken(String actionsTaken) { this.actionsTaken = actionsTaken; }
    }

    public static class AssessForm {
        private Likelihood likelihood;
        private Severity severity;
        private List<DataAffected> dataAffected;
        private String peopleAffected;
        private Encryption encryption;
        private Containment containment;
        private Boolean lawEnforcement;
        private String notes;

        static AssessForm of(Incident incident) {
            AssessForm form = new AssessForm();
            form.dataAffected = List.copyOf(incident.dataAffected());
            form.peopleAffected = incident.peopleAffected() == null ? null : String.valueOf(incident.peopleAffected());
            Incident.Assessment a = incident.assessment();
            if (a != null) {
                form.likelihood = a.likelihood();
                form.severity = a.severity();
                form.encryption = a.encryption();
                form.containment = a.containment();
                form.lawEnforcement = a.lawEnforcement();
                form.notes = a.notes();
            }
            return form;
        }

        IncidentCommands.Assess toCommand(FormParsing parsing) {
            return new IncidentCommands.Assess(likelihood, severity, set(dataAffected, DataAffected.class),
                    parsing.number(peopleAffected, "peopleAffected", PEOPLE_NUMBER), encryption, containment, lawEnforcement, notes);
        }

        public Likelihood getLikelihood() { return likelihood; }
        public void setLikelihood(Likelihood likelihood) { this.likelihood = likelihood; }
        public Severity getSeverity() { return severity; }
        public void setSeverity(Severity severity) { this.severity = severity; }
        public List<DataAffected> getDataAffected() { return dataAffected; }
        public void setDataAffected(List<DataAffected> dataAffected) { this.dataAffected = dataAffected; }
        public String getPeopleAffected() { return peopleAffected; }
        public void setPeopleAffected(String peopleAffected) { this.peopleAffected = peopleAffected; }
        public Encryption getEncryption() { return encryption; }
        public void setEncryption(Encryption encryption) { this.encryption = encryption; }
        public Containment getContainment() { return containment; }
        public void setContainment(Containment containment) { this.containment = containment; }
        public Boolean getLawEnforcement() { return lawEnforcement; }
        public void setLawEnforcement(Boolean lawEnforcement) { this.lawEnforcement = lawEnforcement; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class IcoDecisionForm {
        private IcoReason reason;
        private String departure;
        private String notes;

        IncidentCommands.DecideIco toCommand() {
            return new IncidentCommands.DecideIco(reason, departure, notes);
        }

        public IcoReason getReason() { return reason; }
        public void setReason(IcoReason reason) { this.reason = reason; }
        public String getDeparture() { return departure; }
        public void setDeparture(String departure) { this.departure = departure; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class IcoReportForm {
        private WhenInput reportedAt = new WhenInput();
        private String reference;
        private String lateReason;

        IncidentCommands.RecordIcoReport toCommand(FormParsing parsing) {
            return new IncidentCommands.RecordIcoReport(reportedAt.toInstant(parsing, "reportedAt", "when the report was sent"), reference, lateReason);
        }

        public WhenInput getReportedAt() { return reportedAt; }
        public void setReportedAt(WhenInput reportedAt) { this.reportedAt = reportedAt; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getLateReason() { return lateReason; }
        public void setLateReason(String lateReason) { this.lateReason = lateReason; }
    }

    public static class PeopleDecisionForm {
        private PeopleReason reason;
        private String notes;
        private String departure;

        IncidentCommands.DecidePeople toCommand() {
            return new IncidentCommands.DecidePeople(reason, notes, departure);
        }

        public PeopleReason getReason() { return reason; }
        public void setReason(PeopleReason reason) { this.reason = reason; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public String getDeparture() { return departure; }
        public void setDeparture(String departure) { this.departure = departure; }
    }

    public static class PeopleToldForm {
        private WhenInput toldAt = new WhenInput();
        private String how;

        IncidentCommands.RecordPeopleTold toCommand(FormParsing parsing) {
            return new IncidentCommands.RecordPeopleTold(toldAt.toInstant(parsing, "toldAt", "when they were told"), how);
        }

        public WhenInput getToldAt() { return toldAt; }
        public void setToldAt(WhenInput toldAt) { this.toldAt = toldAt; }
        public String getHow() { return how; }
        public void setHow(String how) { this.how = how; }
    }

    public static class TellPartyForm {
        private UUID organisationId;
        private String message;

        IncidentCommands.TellParty toCommand() {
            return new IncidentCommands.TellParty(organisationId, message);
        }

        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
        public String getMessage() { return message; }
        public void setMessage(String message) { this.message = message; }
    }

    public static class RespondForm {
        private IncidentCommands.PartyResponse response;
        private String notes;

        IncidentCommands.Respond toCommand() {
            return new IncidentCommands.Respond(response, notes);
        }

        public IncidentCommands.PartyResponse getResponse() { return response; }
        public void setResponse(IncidentCommands.PartyResponse response) { this.response = response; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class NoteForm {
        private String note;

        IncidentCommands.AddNote toCommand() {
            return new IncidentCommands.AddNote(note);
        }

        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class ReferForm {
        private IncidentCommands.ReferredTo referredTo;
        private UUID staffMemberId;
        private DateInput referredOn = new DateInput();
        private String reference;
        private String notes;

        IncidentCommands.Refer toCommand(FormParsing parsing) {
            return new IncidentCommands.Refer(referredTo, staffMemberId, parsing.date(referredOn, "referredOn", "the date of the referral"),
                    reference, notes);
        }

        public IncidentCommands.ReferredTo getReferredTo() { return referredTo; }
        public void setReferredTo(IncidentCommands.ReferredTo referredTo) { this.referredTo = referredTo; }
        public UUID getStaffMemberId() { return staffMemberId; }
        public void setStaffMemberId(UUID staffMemberId) { this.staffMemberId = staffMemberId; }
        public DateInput getReferredOn() { return referredOn; }
        public void setReferredOn(DateInput referredOn) { this.referredOn = referredOn; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class CloseForm {
        private Outcome outcome;
        private String lessons;

        IncidentCommands.Close toCommand() {
            return new IncidentCommands.Close(outcome, lessons);
        }

        public Outcome getOutcome() { return outcome; }
        public void setOutcome(Outcome outcome) { this.outcome = outcome; }
        public String getLessons() { return lessons; }
        public void setLessons(String lessons) { this.lessons = lessons; }
    }
}

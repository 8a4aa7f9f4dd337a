package org.infoshare.complaint;

import java.time.LocalDate;

import org.infoshare.clock.rules.Deadline;

/**
 * A complaint with its two deadlines as they stand now: the acknowledgement (until acknowledged) and the response
 * (until closed).
 */
public record ComplaintView(Complaint complaint, LocalDate acknowledgeBy, Deadline.Standing acknowledgeStanding, LocalDate respondBy,
                            Deadline.Standing respondStanding) {

    /** What is owed next and where it stands; null once closed. */
    public Deadline.Standing owedStanding() {
        if (complaint.closed()) {
            return null;
        }
        return complaint.acknowledgedOn() == null ? acknowledgeStanding : respondStanding;
    }

    public LocalDate owedBy() {
        if (complaint.closed()) {
            return null;
        }
        return complaint.acknowledgedOn() == null ? acknowledgeBy : respondBy;
    }

    public boolean overdue() {
        return owedStanding() == Deadline.Standing.OVERDUE;
    }

    public String tagClass() {
        Deadline.Standing standing = owedStanding();
        if (standing == null) {
            return "govuk-tag--grey";
        }
        return switch (standing) {
            case OVERDUE -> "govuk-tag--red";
            case DUE, DUE_SOON -> "govuk-tag--orange";
            default -> "govuk-tag--blue";
        };
    }

    public String tagText() {
        Deadline.Standing standing = owedStanding();
        if (standing == null) {
            return "Closed";
        }
        return (complaint.acknowledgedOn() == null ? "Acknowledge: " : "Respond: ") + standing.label().toLowerCase(java.util.Locale.UK);
    }
}

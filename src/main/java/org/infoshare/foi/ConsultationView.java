package org.infoshare.foi;

import java.time.LocalDate;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.foi.rules.Stage;

/**
 * A consultation with its clocks as they stand now: the response due 2 working days after receipt, the data
 * exchange (when data was asked for) 7.
 *
 * @param exchangeDueOn null when no data was asked for
 * @param owed          what the partner owes next, or null once it owes nothing
 */
public record ConsultationView(Consultation consultation, FoiRequest request, LocalDate responseDueOn, Deadline.Standing responseStanding,
                               LocalDate exchangeDueOn, Deadline.Standing exchangeStanding, Stage owed) {

    /** Where the stage owed now stands, or null when nothing is owed. */
    public Deadline.Standing owedStanding() {
        if (owed == null) {
            return null;
        }
        return owed == Stage.RESPONSE ? responseStanding : exchangeStanding;
    }

    public LocalDate owedBy() {
        if (owed == null) {
            return null;
        }
        return owed == Stage.RESPONSE ? responseDueOn : exchangeDueOn;
    }

    public boolean overdue() {
        return owedStanding() == Deadline.Standing.OVERDUE;
    }

    /** The GOV.UK tag colour for what is owed. */
    public String tagClass() {
        Deadline.Standing standing = owedStanding();
        if (standing == null) {
            return "govuk-tag--green";
        }
        return switch (standing) {
            case OVERDUE -> "govuk-tag--red";
            case DUE, DUE_SOON -> "govuk-tag--orange";
            default -> "govuk-tag--blue";
        };
    }

    public String tagText() {
        if (request.decided()) {
            return "Decided by the holder";
        }
        Deadline.Standing standing = owedStanding();
        return standing == null ? "Complete" : owed.label() + ": " + standing.label().toLowerCase(java.util.Locale.UK);
    }
}

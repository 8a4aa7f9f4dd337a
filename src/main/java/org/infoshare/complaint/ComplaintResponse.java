package org.infoshare.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.complaint.rules.ComplaintStatus;
import org.infoshare.complaint.rules.Topic;

/** A complaint as the API answers it: its own shape, independent of the register's storage. */
public record ComplaintResponse(UUID id, String reference, LocalDate receivedOn, Channel channel, String complainant, String summary,
                                Set<Topic> topics, ComplaintStatus status, int acknowledgeDays, int respondDays, LocalDate acknowledgeBy,
                                Deadline.Standing acknowledgeStanding, LocalDate respondBy, Deadline.Standing respondStanding,
                                LocalDate acknowledgedOn, UUID investigator, String findings, ComplaintOutcome outcome, String actions,
                                LocalDate respondedOn, Instant closedAt, LocalDate icoReferredOn, List<Complaint.Link> links) {

    static ComplaintResponse of(ComplaintView v) {
        Complaint c = v.complaint();
        return new ComplaintResponse(c.id(), c.reference(), c.receivedOn(), c.channel(), c.complainant(), c.summary(), c.topics(), c.status(),
                c.deadlines().acknowledgeDays(), c.deadlines().respondDays(), v.acknowledgeBy(), c.acknowledgedOn() == null ? v.acknowledgeStanding() : null,
                v.respondBy(), c.closed() ? null : v.respondStanding(), c.acknowledgedOn(), c.investigator(), c.findings(), c.outcome(),
                c.actions(), c.respondedOn(), c.closedAt(), c.icoReferredOn(), c.links());
    }

    /** A line of the register: no personal data. */
    public record Summary(UUID id, String reference, LocalDate receivedOn, ComplaintStatus status, LocalDate owedBy,
                          Deadline.Standing owedStanding, ComplaintOutcome outcome) {
        static Summary of(ComplaintView v) {
            Complaint c = v.complaint();
            return new Summary(c.id(), c.reference(), c.receivedOn(), c.status(), v.owedBy(), v.owedStanding(), c.outcome());
        }
    }
}

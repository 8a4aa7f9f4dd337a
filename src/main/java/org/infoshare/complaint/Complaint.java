package org.infoshare.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.rules.Nation;
import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintDeadlines;
import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.complaint.rules.ComplaintStatus;
import org.infoshare.complaint.rules.Topic;

/**
 * A complaint as the register holds it.
 *
 * @param deadlines the organisation's deadlines in force when it was received
 * @param nation    whose bank holidays its working days skip
 * @param links     the decisions, disclosures and incidents it concerns
 */
public record Complaint(UUID id, long number, UUID organisationId, LocalDate receivedOn, Channel channel, String complainant,
                        String summary, Set<Topic> topics, Nation nation, ComplaintDeadlines deadlines, UUID recordedBy, Instant recordedAt,
                        ComplaintStatus status, LocalDate acknowledgedOn, UUID acknowledgedBy, UUID investigator, Instant investigatingSince,
                        String findings, ComplaintOutcome outcome, String actions, LocalDate respondedOn, Instant closedAt, UUID closedBy,
                        LocalDate icoReferredOn, List<Link> links) {

    public enum LinkKind { DECISION, DISCLOSURE, INCIDENT }

    public record Link(LinkKind kind, UUID recordId, UUID linkedBy, Instant linkedAt) {
    }

    public String reference() {
        return String.format("CMP-%06d", number);
    }

    public boolean closed() {
        return status == ComplaintStatus.CLOSED;
    }
}

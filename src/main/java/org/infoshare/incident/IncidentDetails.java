package org.infoshare.incident;

import java.util.List;

/** An incident with everything its reader may see about it. Parties, notes and referrals are empty for a reporter. */
public record IncidentDetails(Incident incident, IncidentAccess access, IncidentClock clock, List<IncidentStore.Party> parties,
                              List<IncidentStore.Note> notes, List<IncidentStore.Referral> referrals) {
}

/**
 * The incident register (002 §4.8; UK GDPR Art 33-34; DPA 2018 s67-68): anyone reports an incident and their
 * Data Protection Officer is alerted at once; the 72 hours from awareness run on the statutory clock and show
 * wherever the incident does; a structured risk assessment ({@code incident.rules}) leads to the recorded
 * decisions about telling the ICO and the people affected, and the ICO report is drafted from the record; other
 * parties' DPOs are told through the platform and the coordination tracked; misuse is referred to the
 * organisation's own processes. Withdrawn disclosures and refused attempts to open records arrive here as
 * {@link org.infoshare.shared.events.PotentialIncident}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents and breaches")
package org.infoshare.incident;

/**
 * The complaints register (002 §3.2; 000 §4.2): complaints about how someone's information was processed or shared,
 * received, acknowledged, investigated and closed with their outcome against the organisation's own deadlines in
 * working days, linked to the decisions, disclosures and incidents they concern.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package org.infoshare.complaint;

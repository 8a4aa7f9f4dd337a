/**
 * Case-by-case sharing decisions: a practitioner states the facts, the engine ({@code decision.rules}) walks
 * the layers and answers share, do not share or seek advice with its path, lawful basis chain, items and
 * conditions; every decision is recorded with the practitioner's rationale, whatever its outcome. Advice,
 * reviews of consent overrides, reconsideration with new information, and requests for information from
 * other agencies run through the same engine. {@link org.infoshare.decision.SharingDecisions#authorisedShare}
 * tells secure delivery exactly what a SHARE decision allowed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing decisions")
package org.infoshare.decision;

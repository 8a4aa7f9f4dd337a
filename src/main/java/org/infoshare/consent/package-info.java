/**
 * The consent register: who consented (the person, someone with parental responsibility, or someone with
 * authority under the Mental Capacity Act), explicitly or by implication, in writing or verbally (with date,
 * time and what was agreed), for which purposes and which recipients (partial consent), for how long; and
 * refusals and withdrawals, which are recorded and never deleted. Decisions that rely on a consent record
 * register that reliance, so a withdrawal raises a notice for every recipient that must be told. Records
 * export as HL7 FHIR R4 Consent resources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent register")
package org.infoshare.consent;

/**
 * FOI and EIR assistance between partners in plain Java (002 §2.8): the regimes, what a holder asks of its
 * partners, the exemptions a partner may raise as concerns, the holder's final decisions, and when a consultation
 * is reminded or escalated. No Spring, no SQL, no HTTP.
 */
package org.infoshare.foi.rules;

/**
 * Information sharing agreements as structured data that the rest of the platform enforces: purposes,
 * lawful basis in layers, parties and their duties, data items by category and recipient, security,
 * retention, rights, review and termination; signed by every party, reviewed, versioned, published.
 * Other modules read agreements only through {@link org.infoshare.agreement.AgreementRegister}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing agreements")
package org.infoshare.agreement;

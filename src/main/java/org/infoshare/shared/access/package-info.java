/**
 * Deny by default: every page and API endpoint carries exactly one of {@link org.infoshare.shared.access.Public},
 * {@link org.infoshare.shared.access.SignedIn} or {@link org.infoshare.shared.access.RolesAllowed}; one without
 * a rule is refused for everybody.
 */
package org.infoshare.shared.access;

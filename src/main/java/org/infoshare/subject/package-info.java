/**
 * The people information is about (data subjects: children, parents, adults at risk), as each organisation
 * knows them. A subject belongs to one organisation; its name, date of birth and local reference are sealed
 * under the subject's own key, so destroying that key disposes of them everywhere (crypto-shredding). The
 * reference is found again through a keyed blind index scoped to the organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data subjects")
package org.infoshare.subject;

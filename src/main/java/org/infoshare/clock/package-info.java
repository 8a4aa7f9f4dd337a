/**
 * One calendar for every statutory clock: the breach's 72 hours, FOI assistance's working days, a rights
 * request's calendar month and an agreement's review cycle, counted by the plain-Java rules in
 * {@code clock.rules} over the UK bank holidays of each nation (shipped as versioned data, with the dates
 * administrators add). Other modules ask {@link org.infoshare.clock.StatutoryClock}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory clocks")
package org.infoshare.clock;

/**
 * People's rights (002 §3; 004 §8; UK GDPR Art 12–22): privacy notices and whether each person was told of a
 * share; rights requests from intake to decision on the ICO's calendar-month clock, with the person found and
 * confirmed by a member of staff, pauses, extensions, exemptions as codes and a queue with overdue first;
 * subject access bundles previewed, approved and released as an accessible PDF and as JSON; granted requests
 * and reported inaccuracies passed on to exactly the recipients of the affected items and tracked to their
 * confirmation; and corrections of the held record with their history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People's rights")
package org.infoshare.rights;

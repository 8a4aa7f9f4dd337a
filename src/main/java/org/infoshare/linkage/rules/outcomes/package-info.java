/**
 * The outcomes plan as data: the ten headline areas, local descriptors as rules over a family's linked facts
 * (counts of events in a window, values in recent periods), eligibility, and progress re-evaluated on later
 * data against "significant and sustained". Every verdict carries its reason and the facts it rested on. Plain
 * Java.
 */
package org.infoshare.linkage.rules.outcomes;

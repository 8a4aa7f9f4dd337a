/**
 * How people are found without their names being readable at rest (ADR 0012): names reduced to comparable parts,
 * parts to sounds, NHS numbers checked, a search typed in one box read into its terms, the keys a person is indexed
 * under, and when a new person is likely someone already recorded. Plain Java: no Spring, no SQL, no HTTP.
 */
package org.infoshare.subject.rules;

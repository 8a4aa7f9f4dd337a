/**
 * From links to people and from people to families: connected components of accepted links that respect every
 * reviewer's rejection and analyst's split, checks for merges that look wrong, and households formed from
 * household references, relationships and shared addresses, each join kept with its reason. Plain Java.
 */
package org.infoshare.linkage.rules.clustering;

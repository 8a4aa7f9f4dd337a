/**
 * Aggregate statistics safe to publish: small-number suppression with secondary suppression, for board
 * reports and any other table of counts about people. Plain Java.
 */
package org.infoshare.shared.statistics;

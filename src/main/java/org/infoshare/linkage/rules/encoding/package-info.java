/**
 * Privacy-preserving encodings for record linkage, computed by each sender under the partnership's linkage
 * secret: keyed pseudonyms of exact fields and keyed Bloom filters of names and addresses, and their text form
 * for upload. Plain Java (no Spring, no SQL, no HTTP) so that the same code runs in the shipped encoding
 * command, in the platform and inside a Spark job.
 */
package org.infoshare.linkage.rules.encoding;

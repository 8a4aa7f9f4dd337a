package org.infoshare.linkage.rules.encoding;

import java.time.LocalDate;

/**
 * What a sender knows of a person, in clear, before encoding. Exists only on the sender's side: it is never
 * uploaded. Any part may be missing.
 */
public record PersonIdentity(
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String sex,
        String addressLine,
        String postcode,
        String uprn,
        String nhsNumber) {
}

package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject access bundle as the person receives it (UK GDPR Art 15, 20): as JSON it is also their information in a
 * structured, commonly used, machine-readable form (portability). It has no place for an exemption or a withheld
 * entry: what is withheld is simply not there, and third parties' identities read {@value #WITHHELD}.
 *
 * @param format the shape's name and version, for the systems that read it
 */
public record ReleasedBundle(String format, String organisation, String requestReference, LocalDate preparedOn, Person person,
                             List<Consent> consents, List<Decision> decisions, List<Disclosure> disclosures, List<Told> told,
                             List<Read> reads, List<Request> requests, List<Correction> corrections) {

    public static final String FORMAT = "infoshare-subject-access-bundle/1";
    public static final String WITHHELD = "[name withheld]";

    public record Person(String name, LocalDate dateOfBirth, String reference) {
    }

    public record Consent(String answer, LocalDate givenOn, String givenBy, String how, List<String> purposes, List<String> recipients,
                          LocalDate validUntil, LocalDate withdrawnOn, String whatWasAgreed) {
    }

    public record Decision(LocalDate decidedOn, String outcome, String purpose, String sharedWith, String reasons) {
    }

    public record Disclosure(LocalDate sentOn, String sentTo, String purpose, List<String> lawfulBasis, List<Item> items) {
    }

    public record Item(String label, String kind, boolean historical, String content, String historicalNote) {
    }

    public record Told(LocalDate on, boolean told, String how, Integer privacyNoticeVersion, String reasonNotTold) {
    }

    public record Read(LocalDate on, String organisation, String what, String how) {
    }

    public record Request(String reference, String right, LocalDate receivedOn, String outcome, LocalDate decidedOn) {
    }

    public record Correction(LocalDate on, String what, String before, String after, String why) {
    }
}

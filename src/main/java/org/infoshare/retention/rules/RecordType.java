package org.infoshare.retention.rules;

import java.util.EnumSet;
import java.util.Set;

import static org.infoshare.retention.rules.RetentionEvent.AGREEMENT_ENDED;
import static org.infoshare.retention.rules.RetentionEvent.BIRTHDAY;
import static org.infoshare.retention.rules.RetentionEvent.CASE_CLOSED;
import static org.infoshare.retention.rules.RetentionEvent.CONSENT_ENDED;
import static org.infoshare.retention.rules.RetentionEvent.DECISION_MADE;
import static org.infoshare.retention.rules.RetentionEvent.LAST_CONTACT;
import static org.infoshare.retention.rules.RetentionEvent.READ;
import static org.infoshare.retention.rules.RetentionEvent.RECORDED;
import static org.infoshare.retention.rules.RetentionEvent.REQUEST_CLOSED;
import static org.infoshare.retention.rules.RetentionEvent.SCHOOL_YEAR_AFTER_BIRTHDAY;
import static org.infoshare.retention.rules.RetentionEvent.SENT;

/**
 * The kinds of record the platform keeps about people, each with the events its retention may run from. A
 * person's record is disposed of with everything about them that is still held, by destroying their key; the
 * others are disposed of one by one when their own date comes.
 */
public enum RecordType {
    PERSON("People's records", "The person's details and everything sealed under their key",
            EnumSet.of(RECORDED, CASE_CLOSED, LAST_CONTACT, BIRTHDAY, SCHOOL_YEAR_AFTER_BIRTHDAY)),
    CONSENT_RECORD("Consent records", "Consent given, refused or withdrawn, with its history",
            EnumSet.of(RECORDED, CONSENT_ENDED, CASE_CLOSED, LAST_CONTACT)),
    SHARING_DECISION("Sharing decisions", "Decisions to share or not, with their reasons and advice",
            EnumSet.of(DECISION_MADE, CASE_CLOSED, LAST_CONTACT)),
    DISCLOSURE("Disclosures sent", "What was disclosed about a person, and to whom",
            EnumSet.of(SENT, CASE_CLOSED, LAST_CONTACT)),
    DATASET("Datasets", "Systematic datasets published under an agreement",
            EnumSet.of(SENT, AGREEMENT_ENDED)),
    RIGHTS_REQUEST("Rights requests", "Requests from people about their information, and the answers",
            EnumSet.of(REQUEST_CLOSED)),
    READ_LOG("Who read what", "The record of who read a person's information, and when",
            EnumSet.of(READ));

    private final String label;
    private final String description;
    private final Set<RetentionEvent> events;

    RecordType(String label, String description, Set<RetentionEvent> events) {
        this.label = label;
        this.description = description;
        this.events = Set.copyOf(events);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Set<RetentionEvent> events() {
        return events;
    }

    /** Whether a rule for this type may be set per agreement (the agreement's data). */
    public boolean perAgreement() {
        return this == DATASET || this == DISCLOSURE;
    }
}

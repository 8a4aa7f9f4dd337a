package org.infoshare.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;

/**
 * What a record of consent must say beyond its command's own rules (003 "Consent", 004 §5): capacity for an
 * adult, who gave it, the time and what was agreed when it was verbal, partner organisations as recipients,
 * and dates that make sense. Every problem is reported at once.
 */
@Component
class ConsentChecks {

    private final DirectoryLookup directory;

    ConsentChecks(DirectoryLookup directory) {
        this.directory = directory;
    }

    /** Refuses the command, naming every problem, unless it describes consent that can be recorded. */
    void check(Actor actor, ConsentCommands.RecordConsent command, Subject subject, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Integer age = subject.ageOn(command.givenOn());
        boolean adult = age == null || age >= 18;
        if (command.givenBy() == GivenBy.PERSON && adult && command.capacity() == null) {
            violations.add(new Violation("capacity", "required", "Select whether they had capacity to make this decision"));
        }
        if (command.givenBy() == GivenBy.PERSON && command.capacity() == Capacity.LACKS_CAPACITY && command.answer() == ConsentCommands.Answer.GIVEN) {
            violations.add(new Violation("capacity", "capacity-to-consent",
                    "A person who lacks capacity cannot consent for themselves: record consent from someone with authority to decide for them"));
        }
        if (command.givenBy() == GivenBy.PARENTAL_RESPONSIBILITY && age != null && age >= 18) {
            violations.add(new Violation("givenBy", "parental-responsibility-for-child", "Parental responsibility applies only to children under 18"));
        }
        if (command.givenBy() != GivenBy.PERSON && (command.giverName() == null || command.giverName().isBlank())) {
            violations.add(new Violation("giverName", "required", "Enter the name of the person who gave or refused consent"));
        }
        if (command.medium() == ConsentMedium.VERBAL) {
            if (command.givenTime() == null) {
                violations.add(new Violation("givenTime", "required", "Enter the time verbal consent was given or refused"));
            }
            if (command.whatWasAgreed() == null || command.whatWasAgreed().isBlank()) {
                violations.add(new Violation("whatWasAgreed", "required", "Enter what was agreed: what information may be held and shared, and with whom"));
            }
        }
        if (command.answer() == ConsentCommands.Answer.GIVEN && (command.recipients() == null || command.recipients().isEmpty())) {
            violations.add(new Violation("recipients", "required", "Select the organisations they agreed to share with"));
        }
        if (command.recipients() != null) {
            for (UUID recipient : command.recipients()) {
                if (recipient == null || recipient.equals(actor.organisationId()) || directory.organisation(recipient).isEmpty()) {
                    violations.add(new Violation("recipients", "partner-organisation", "Choose recipients from the other organisations in the partnership"));
                    break;
                }
            }
        }
        LocalDate validFrom = validFrom(command);
        if (command.validUntil() != null && command.validUntil().isBefore(validFrom)) {
            violations.add(new Violation("validUntil", "after-start", "The date consent ends must be on or after the date it starts"));
        }
        if (command.answer() == ConsentCommands.Answer.GIVEN && command.validUntil() != null && command.validUntil().isBefore(today)) {
            violations.add(new Violation("validUntil", "not-in-the-past", "The date consent ends must be today or in the future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** The day consent starts: the day it was given unless the record says otherwise. */
    static LocalDate validFrom(ConsentCommands.RecordConsent command) {
        return command.validFrom() == null ? command.givenOn() : command.validFrom();
    }
}

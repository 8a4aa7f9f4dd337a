package org.infoshare.subject;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.readlog.RecordRead;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has looked at a person's information (002 §4.5, ADR 0080), for their organisation's Data Protection Officer,
 * Caldicott Guardian and auditors: every read of the records the organisation holds about them, whoever read them,
 * newest first. Those are the records the organisation is controller for; reads of other organisations' records about
 * the same person are theirs to answer. Looking at this list is itself recorded, as a read of its own kind.
 */
@Service
public class PersonReads {

    /** One read as the list shows it: when, who (by name and organisation), which record and how. */
    public record Look(Instant at, UUID readerId, String reader, UUID readerOrganisationId, String readerOrganisation,
                       RecordKind kind, String record, UUID recordId, String path, ReadHow how, String howRead) {
    }

    /** The person and one page of the reads of their information. */
    public record Looked(Subject person, Page<Look> page) {
    }

    private final Subjects subjects;
    private final ReadLog reads;
    private final DirectoryLookup directory;

    PersonReads(Subjects subjects, ReadLog reads, DirectoryLookup directory) {
        this.subjects = subjects;
        this.reads = reads;
        this.directory = directory;
    }

    /** One page of the reads; a person of another organisation, or nobody, is not found. */
    @Transactional(readOnly = true)
    public Looked looked(Actor actor, UUID personId, ListFilter filter, RecordKind kind, PageRequest request) {
        Subject person = subjects.subject(actor, personId);
        Page<RecordRead> page = reads.ofSubject(person.id(), person.organisationId(), filter, kind, request);
        Set<UUID> ids = new HashSet<>();
        page.items().forEach(r -> ids.add(r.readerId()));
        Map<UUID, String> names = directory.names(ids);
        reads.read(actor, RecordKind.READS, person.id(), person.id(), person.organisationId(), ReadHow.VIEWED);
        return new Looked(person, new Page<>(page.items().stream().map(r -> look(r, names)).toList(), page.number(), page.size(), page.total()));
    }

    private static Look look(RecordRead r, Map<UUID, String> names) {
        return new Look(r.readAt(), r.readerId(), names.getOrDefault(r.readerId(), "Unknown account"), r.readerOrganisationId(),
                names.getOrDefault(r.readerOrganisationId(), "Another organisation"), r.kind(), r.kind().label(), r.recordId(),
                r.kind().path(r.recordId()), r.how(), r.how().label());
    }
}

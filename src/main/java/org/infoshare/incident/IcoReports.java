package org.infoshare.incident;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.directory.Contact;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.document.PdfRenderer;
import org.infoshare.document.PdfStandard;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.NotAsRecordedException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts the report to the ICO from what the register holds, for the owning organisation's readers. */
@Service
public class IcoReports {

    static final String NOT_RECORDED = "Not recorded";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private final Incidents incidents;
    private final DirectoryLookup directory;
    private final PdfRenderer renderer;

    /** Whether the incident is stored as the ledger recorded it (ADR 0063): a report drafted from a changed one is not produced. */
    private final RecordDigests digests;

    IcoReports(Incidents incidents, DirectoryLookup directory, PdfRenderer renderer, RecordDigests digests) {
        this.digests = digests;
        this.incidents = incidents;
        this.directory = directory;
        this.renderer = renderer;
    }

    /**
     * The drafted report as a PDF the DPO checks and sends (ADR 0011): tagged for screen readers and fit to keep
     * (PDF/UA-1 and PDF/A-2u), each question a row header beside its answer.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Actor actor, UUID id) {
        IcoReport report = draft(actor, id);
        requireIntact(id);
        return renderer.render("incidents/ico-report-print", Map.of("report", report), PdfStandard.ARCHIVAL);
    }

    /** What the ledger says of the incident's stored content; empty when it is as recorded. */
    public Optional<RecordFinding> integrity(UUID id) {
        return digests.check(ProtectedRecords.INCIDENT, id);
    }

    /**
     * Refuses the drafted report, as a file or as an answer another system takes, when the incident it is drafted from is
     * not as the ledger recorded it: once sent to the ICO it would carry the altered facts as the record (ADR 0063). The
     * reader is sent to the incident's page, which shows it with the warning. Call after the reader's access is checked.
     */
    public void requireIntact(UUID id) {
        integrity(id).ifPresent(finding -> {
            throw new NotAsRecordedException(finding.kind() == RecordFinding.Kind.ADDED
                    ? NotAsRecordedException.Kind.ADDED : NotAsRecordedException.Kind.CHANGED, "/incidents/" + id);
        });
    }

    @Transactional(readOnly = true)
    public IcoReport draft(Actor actor, UUID id) {
        IncidentDetails details = incidents.read(actor, id);
        if (!details.access().owner()) {
            throw new NotFoundException("Incident");
        }
        Incident i = details.incident();
        Organisation organisation = directory.organisation(i.organisationId()).orElseThrow();
        Map<UUID, String> names = directory.names(details.parties().stream().map(IncidentStore.Party::organisationId).toList());
        boolean lawEnforcement = i.assessment() != null && i.assessment().lawEnforcement();
        List<IcoReport.Section> sections = new ArrayList<>();
        Contact dpo = organisation.dataProtectionOfficer();
        sections.add(section("About your organisation",
                answer("Organisation", organisation.name()),
                answer("ICO registration number", organisation.icoRegistration()),
                answer("Sector", organisation.type().label()),
                answer("Data Protection Officer", dpo == null || dpo.isEmpty() ? null
                        : String.join(", ", java.util.stream.Stream.of(dpo.name(), dpo.email(), dpo.phone()).filter(v -> v != null && !v.isBlank()).toList()))));
        sections.add(section("About the breach",
                answer("Our reference", i.reference()),
                answer("What happened", i.account()),
                answer("Kind of incident", i.kind().label()),
                answer("When it happened", when(i.occurredAt())),
                answer("When we became aware", when(i.awareAt())),
                answer("How we found out", i.source().label()),
                answer("Recipients, people or systems involved", i.involved()),
                answer("Is the breach contained?", i.assessment() == null ? null : i.assessment().containment().label())));
        sections.add(section("The people and information involved",
                answer("Kinds of information", i.dataAffected().stream().map(DataAffected::label).collect(Collectors.joining("; "))),
                answer("Approximate number of people affected", i.peopleAffected() == null ? null : String.format("%,d", i.peopleAffected())),
                answer("Was the information encrypted?", i.assessment() == null ? null : i.assessment().encryption().label())));
        sections.add(section("Likely consequences",
                answer("Our assessment of the risk", i.assessment() == null ? null : i.assessment().level().label()),
                answer("Likelihood of harm", i.assessment() == null ? null : i.assessment().likelihood().label()),
                answer("Severity of harm", i.assessment() == null ? null : i.assessment().severity().label()),
                answer("Why", i.assessment() == null ? null
                        : i.assessment().reasons().stream().map(r -> r.label()).collect(Collectors.joining("; "))),
                answer("Notes", i.assessment() == null ? null : i.assessment().notes())));
        sections.add(section("Action taken",
                answer("What we have done", i.actionsTaken()),
                answer("Have the people affected been told?", i.people() == null ? null : i.people().reason().label()
                        + (i.people().toldAt() != null ? ". Told " + when(i.people().toldAt()) + ": " + i.people().toldHow() : "")),
                answer("Other organisations told", details.parties().isEmpty() ? "None"
                        : details.parties().stream().map(p -> names.getOrDefault(p.organisationId(), "Another organisation") + " (told "
                        + when(p.toldAt()) + ")").collect(Collectors.joining("; ")))));
        IncidentClock clock = details.clock();
        sections.add(section("Timing",
                answer("Deadline for telling the ICO (72 hours from becoming aware)", clock.dueText()),
                answer("Report sent", i.ico() == null || i.ico().reportedAt() == null ? "Not yet sent" : when(i.ico().reportedAt())),
                answer("Reasons for any delay", i.ico() == null ? null : i.ico().lateReason())));
        return new IcoReport(i.reference(), organisation.name(), lawEnforcement ? "DPA 2018 s67" : "UK GDPR Art 33", sections);
    }

    private static IcoReport.Section section(String heading, IcoReport.Answer... answers) {
        return new IcoReport.Section(heading, List.of(answers));
    }

    private static IcoReport.Answer answer(String question, String answer) {
        return new IcoReport.Answer(question, answer == null || answer.isBlank() ? NOT_RECORDED : answer);
    }

    static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant.atZone(UkCalendar.ZONE));
    }
}

package org.infoshare.oversight;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.oversight.ReportTable.Key;
import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.oversight.rules.SmallNumberSuppression;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership board's report and the annual report (000 §5.1; 004 §7): decisions by month, lawful basis, purpose
 * and organisation; overrides of consent and their reviews; time to decide when advice was asked; time to answer
 * requests; requests answered and refused; incidents. Every figure is published through small-number suppression; the report names no person.
 */
@Service
public class BoardReports {

    /** Who reads the partnership's report: information governance, the partnership's administrators and auditors. */
    public static final Set<Role> READERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR,
            Role.AUDITOR);

    private static final List<Key> OUTCOMES = List.of(new Key("SHARE", "Shared"), new Key("DO_NOT_SHARE", "Not shared"),
            new Key("SEEK_ADVICE", "Awaiting advice"));

    private final ReportStore store;
    private final DirectoryLookup directory;
    private final LegalCatalogue catalogue;
    private final SmallNumberSuppression suppression;
    private final java.time.Clock clock;

    BoardReports(ReportStore store, DirectoryLookup directory, LegalCatalogue catalogue, java.time.Clock clock,
                 @Value("${infoshare.oversight.suppression-threshold:" + SmallNumberSuppression.DEFAULT_THRESHOLD + "}") int threshold) {
        this.store = store;
        this.directory = directory;
        this.catalogue = catalogue;
        this.suppression = new SmallNumberSuppression(threshold);
        this.clock = clock.withZone(org.infoshare.shared.UkCalendar.ZONE);
    }

    /** The clock in London, for the default period. */
    java.time.Clock clock() {
        return clock;
    }

    /** The report and the period it covers, with the threshold below which counts are withheld. */
    public record BoardReport(ReportPeriod period, int threshold, List<ReportTable> tables) {
        public String periodText() {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
            return period.first().format(month) + " to " + period.last().format(month);
        }
    }

    /** The period asked for, or a problem naming the field and the rule it breaks. */
    public static ReportPeriod period(YearMonth first, YearMonth last) {
        ReportPeriod.Problem problem = ReportPeriod.check(first, last);
        if (problem == ReportPeriod.Problem.ENDS_BEFORE_IT_STARTS) {
            throw InvalidRequestException.of("to", "period-order", "The last month must be the same as or after the first month");
        }
        if (problem == ReportPeriod.Problem.TOO_LONG) {
            throw InvalidRequestException.of("to", "period-length", "A report covers at most " + ReportPeriod.MOST_MONTHS + " months");
        }
        return new ReportPeriod(first, last);
    }

    @Transactional(readOnly = true)
    public BoardReport report(Actor actor, ReportPeriod period) {
        if (READERS.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException("The partnership's reports are for information governance, partnership administrators and auditors");
        }
        List<Key> organisations = directory.organisations().stream().map(o -> new Key(o.id().toString(), o.name()))
                .sorted(java.util.Comparator.comparing(Key::label)).toList();
        var from = period.from();
        var until = period.until();
        List<ReportTable> tables = new ArrayList<>();
        DateTimeFormatter monthWords = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        List<Key> months = period.months().stream().map(m -> new Key(m.toString(), m.format(monthWords))).toList();
        tables.add(ReportTable.of("decisions-by-month", "Decisions by month", "Sharing decisions recorded each month and their outcome.",
                "Month", months, OUTCOMES, store.decisions(ReportStore.Dimension.MONTH, from, until), suppression));
        List<ReportStore.Count> byBasis = store.decisions(ReportStore.Dimension.LAWFUL_BASIS, from, until);
        tables.add(ReportTable.of("decisions-by-lawful-basis", "Decisions by lawful basis",
                "The UK GDPR Article 6 basis each decision relied on. Decisions not to share rely on none.", "Lawful basis",
                lawfulBases(byBasis), OUTCOMES, byBasis, suppression));
        tables.add(ReportTable.of("decisions-by-purpose", "Decisions by purpose", "What the information would be shared for.", "Purpose",
                java.util.Arrays.stream(SharingPurpose.values()).map(p -> new Key(p.name(), p.label())).toList(), OUTCOMES,
                store.decisions(ReportStore.Dimension.PURPOSE, from, until), suppression));
        tables.add(ReportTable.of("decisions-by-organisation", "Decisions by organisation", "The organisation that made the decision.",
                "Organisation", organisations, OUTCOMES, store.decisions(ReportStore.Dimension.ORGANISATION, from, until), suppression));
        tables.add(ReportTable.of("overrides", "Consent overridden and its review",
                "Decisions to share without consent or against a refusal, and what the manager's review found.", "Organisation",
                organisations, List.of(new Key("OPEN", "Awaiting review"), new Key("AGREED", "Review agreed"),
                        new Key("DISAGREED", "Review disagreed"), new Key("NONE", "No review asked")),
                store.overrides(from, until), suppression));
        tables.add(ReportTable.of("time-to-answer", "Time to answer requests for information",
                "Requests answered in the period, by the organisation asked and the time from the request to the answer.", "Organisation asked",
                organisations, List.of(new Key("DAY", "Within a day"), new Key("THREE_DAYS", "2 to 3 days"), new Key("WEEK", "4 to 7 days"),
                        new Key("LONGER", "Longer than 7 days")), store.timeToAnswer(from, until), suppression));
        tables.add(ReportTable.of("time-to-decide-with-advice", "Time to decide when advice was asked",
                "Decisions completed in the period that waited for advice, by the organisation deciding and the time from recording the decision to completing it.",
                "Organisation", organisations, List.of(new Key("HOUR", "Within an hour"), new Key("DAY", "Within a day"),
                        new Key("THREE_DAYS", "2 to 3 days"), new Key("LONGER", "Longer than 3 days")), store.timeToDecideWithAdvice(from, until),
                suppression));
        tables.add(ReportTable.of("information-requests", "Requests for information answered and refused",
                "Requests received in the period by the organisation asked.", "Organisation asked", organisations,
                List.of(new Key("SHARE", "Answered with information"), new Key("DO_NOT_SHARE", "Refused"), new Key("OPEN", "Not yet answered")),
                store.informationRequests(from, until), suppression));
        tables.add(ReportTable.of("rights-requests", "Rights requests answered and refused",
                "Requests from people to exercise their data protection rights, received in the period.", "Organisation", organisations,
                List.of(new Key("GRANTED", "Granted"), new Key("PARTLY_GRANTED", "Partly granted"), new Key("REFUSED", "Refused"),
                        new Key("NOTHING_HELD", "Nothing held"), new Key("OPEN", "Not yet decided")),
                store.rightsRequests(from, until), suppression));
        tables.add(ReportTable.of("incidents", "Incidents", "Incidents the organisation became aware of in the period and how they ended.",
                "Organisation", organisations, List.of(new Key("OPEN", "Still open"), new Key("BREACH", "A personal data breach"),
                        new Key("NOT_A_BREACH", "Not a breach"), new Key("NEAR_MISS", "A near miss")),
                store.incidents(from, until), suppression));
        tables.add(ReportTable.of("ico-decisions", "Incidents reported to the Information Commissioner",
                "The decision about telling the ICO, for the same incidents.", "Organisation", organisations,
                List.of(new Key("NOTIFY", "Reported to the ICO"), new Key("NOT_NOTIFY", "Not reportable"), new Key("UNDECIDED", "Not yet decided")),
                store.icoDecisions(from, until), suppression));
        return new BoardReport(period, suppression.threshold(), List.copyOf(tables));
    }

    /** Every Article 6 basis in the catalogue, then any other code the decisions hold, then none. */
    private List<Key> lawfulBases(List<ReportStore.Count> counts) {
        Set<String> codes = new LinkedHashSet<>();
        List<Key> keys = new ArrayList<>();
        for (LegalProvision p : catalogue.current().ofKind(ProvisionKind.ARTICLE_6)) {
            codes.add(p.code());
            keys.add(new Key(p.code(), p.citation() + ": " + p.title()));
        }
        for (ReportStore.Count count : counts) {
            if (!codes.contains(count.row()) && !"UNRECORDED".equals(count.row()) && codes.add(count.row())) {
                keys.add(new Key(count.row(), catalogue.current().provision(count.row()).map(p -> p.citation() + ": " + p.title()).orElse(count.row())));
            }
        }
        keys.add(new Key("UNRECORDED", "None (not shared, or decided before bases were counted)"));
        return keys;
    }
}

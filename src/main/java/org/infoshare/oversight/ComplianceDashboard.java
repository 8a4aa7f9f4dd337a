package org.infoshare.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementReviews;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.RightsRequests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance dashboard (000 §5.1): for a DPO or Caldicott Guardian, their own organisation's figures; for the
 * partnership's administrators and auditors, every organisation's. Each figure is the length of the list behind
 * it, so the two can never disagree. The dashboard is for acting on, not for publishing: its counts are exact.
 */
@Service
public class ComplianceDashboard {

    /** Who sees their own organisation's dashboard. */
    public static final Set<Role> OWN = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    /** Who sees the partnership's. */
    public static final Set<Role> PARTNERSHIP = Set.of(Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR);

    static final int REVIEW_SOON_DAYS = 30;
    static final Duration UNOPENED_AFTER = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    /** One entry in the list behind a figure, ready to show. */
    public record Line(UUID organisationId, String organisation, UUID id, String reference, LocalDate date, String owed, String link) {
        public String dateText() {
            return date == null ? "" : date.format(DAY);
        }
    }

    /** One organisation's figures on the partnership's dashboard. */
    public record OrganisationFigures(UUID organisationId, String organisation, Map<Measure, Integer> counts) {
        public int count(Measure measure) {
            return counts.getOrDefault(measure, 0);
        }
    }

    private final ComplianceStore store;
    private final AgreementReviews agreementReviews;
    private final RightsRequests rightsRequests;
    private final DirectoryLookup directory;
    private final Clock clock;

    ComplianceDashboard(ComplianceStore store, AgreementReviews agreementReviews, RightsRequests rightsRequests, DirectoryLookup directory,
                        Clock clock) {
        this.store = store;
        this.agreementReviews = agreementReviews;
        this.rightsRequests = rightsRequests;
        this.directory = directory;
        this.clock = clock;
    }

    public static boolean seesPartnership(Actor actor) {
        return PARTNERSHIP.stream().anyMatch(actor::hasRole);
    }

    public static boolean seesOwn(Actor actor) {
        return OWN.stream().anyMatch(actor::hasRole);
    }

    /** The actor's organisation's figures, every measure. */
    @Transactional(readOnly = true)
    public Map<Measure, Integer> own(Actor actor) {
        requireOwn(actor);
        Map<Measure, Integer> counts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            counts.put(measure, lines(actor, measure, false).size());
        }
        return counts;
    }

    /** Every organisation's figures, every measure. */
    @Transactional(readOnly = true)
    public List<OrganisationFigures> partnership(Actor actor) {
        requirePartnership(actor);
        Map<UUID, Map<Measure, Integer>> byOrganisation = new java.util.HashMap<>();
        for (Measure measure : partnershipMeasures()) {
            for (Line line : partnershipLines(measure)) {
                byOrganisation.computeIfAbsent(line.organisationId(), id -> new EnumMap<>(Measure.class)).merge(measure, 1, Integer::sum);
            }
        }
        return directory.organisations().stream()
                .map(o -> new OrganisationFigures(o.id(), o.name(), Map.copyOf(byOrganisation.getOrDefault(o.id(), Map.of()))))
                .sorted(Comparator.comparing(OrganisationFigures::organisation)).toList();
    }

    public static List<Measure> partnershipMeasures() {
        return List.of(Measure.values());
    }

    /** The list behind one figure: the actor's organisation's, or the partnership's. */
    @Transactional(readOnly = true)
    public List<Line> lines(Actor actor, Measure measure, boolean partnership) {
        if (partnership) {
            requirePartnership(actor);
            return partnershipLines(measure);
        }
        requireOwn(actor);
        String organisation = directory.organisation(actor.organisationId()).map(o -> o.name()).orElse("");
        return lines(actor.organisationId(), organisation, measure);
    }

    /**
     * Every organisation's list behind a figure. It names the organisation, the reference and the date only, and
     * links nowhere: the records stay with their organisations.
     */
    private List<Line> partnershipLines(Measure measure) {
        Map<UUID, String> names = organisationNames();
        if (countedByItsModule(measure)) {
            return directory.organisations().stream().flatMap(o -> lines(o.id(), o.name(), measure).stream())
                    .map(l -> new Line(l.organisationId(), l.organisation(), l.id(), l.reference(), l.date(), l.owed(), null)).toList();
        }
        return entries(null, measure).stream().map(e -> new Line(e.organisationId(), names.get(e.organisationId()), e.id(),
                reference(measure, e, Map.of()), e.date(), owed(e), null)).toList();
    }

    private static boolean countedByItsModule(Measure measure) {
        return switch (measure) {
            case AGREEMENT_REVIEWS_DUE, AGREEMENT_REVIEWS_OVERDUE, RIGHTS_REQUESTS_DUE, RIGHTS_REQUESTS_OVERDUE -> true;
            default -> false;
        };
    }

    /** One organisation's list behind a figure, each line linking to its record. */
    private List<Line> lines(UUID organisationId, String organisation, Measure measure) {
        return switch (measure) {
            case AGREEMENT_REVIEWS_DUE, AGREEMENT_REVIEWS_OVERDUE -> agreementReviews.reviewsFor(organisationId, REVIEW_SOON_DAYS).stream()
                    .filter(due -> due.overdue() == (measure == Measure.AGREEMENT_REVIEWS_OVERDUE))
                    .map(due -> new Line(organisationId, organisation, due.agreement().id(), due.agreement().reference(), due.dueOn(),
                            "Review due by " + due.dueOn().format(DAY), "/agreements/" + due.agreement().id()))
                    .toList();
            case RIGHTS_REQUESTS_DUE, RIGHTS_REQUESTS_OVERDUE -> rightsRequests.openOf(organisationId).stream()
                    .filter(q -> measure == Measure.RIGHTS_REQUESTS_OVERDUE ? q.clock().standing() == Deadline.Standing.OVERDUE
                            : q.clock().standing() == Deadline.Standing.DUE_SOON || q.clock().standing() == Deadline.Standing.DUE)
                    .map(q -> new Line(organisationId, organisation, q.request().id(), q.request().reference(), q.clock().dueOn(),
                            "Answer due by " + q.clock().dueOn().format(DAY), "/rights/requests/" + q.request().id()))
                    .toList();
            default -> {
                List<ComplianceStore.Entry> entries = entries(organisationId, measure);
                Map<UUID, String> staff = measure == Measure.LAPSED_TRAINING ? directory.names(entries.stream().map(ComplianceStore.Entry::id).toList())
                        : Map.of();
                yield entries.stream().map(e -> new Line(e.organisationId(), organisation, e.id(), reference(measure, e, staff), e.date(), owed(e),
                        e.link())).toList();
            }
        };
    }

    private List<ComplianceStore.Entry> entries(UUID organisation, Measure measure) {
        LocalDate today = UkCalendar.today(clock);
        Instant now = clock.instant();
        return switch (measure) {
            case DECISIONS_AWAITING_ADVICE -> store.awaitingAdvice(organisation);
            case OVERRIDES_AWAITING_REVIEW -> store.awaitingReview(organisation);
            case FOI_DUE -> store.foiOpen(organisation, today, false);
            case FOI_OVERDUE -> store.foiOpen(organisation, today, true);
            case OPEN_INCIDENTS -> store.openIncidents(organisation, null);
            case INCIDENTS_PAST_72_HOURS -> store.openIncidents(organisation, now);
            case LAPSED_TRAINING -> store.lapsedTraining(organisation, today);
            case DISCLOSURES_NEVER_OPENED -> store.neverOpened(organisation, now.minus(UNOPENED_AFTER));
            case NOTICES_AWAITING_CONFIRMATION -> store.noticesToConfirm(organisation);
            case AGREEMENT_REVIEWS_DUE, AGREEMENT_REVIEWS_OVERDUE, RIGHTS_REQUESTS_DUE, RIGHTS_REQUESTS_OVERDUE ->
                    throw new IllegalArgumentException(measure + " is counted on its module's deadlines");
        };
    }

    private static String owed(ComplianceStore.Entry e) {
        if (e.dueAt() != null) {
            return "72 hours end at " + e.dueAt().atZone(UkCalendar.ZONE).format(MOMENT);
        }
        return e.dueOn() == null ? "" : "Due by " + e.dueOn().format(DAY);
    }

    private Map<UUID, String> organisationNames() {
        Map<UUID, String> names = new java.util.HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static void requireOwn(Actor actor) {
        if (!seesOwn(actor)) {
            throw new ForbiddenException("Your organisation's compliance dashboard is for its DPO and Caldicott Guardian");
        }
    }

    private static void requirePartnership(Actor actor) {
        if (!seesPartnership(actor)) {
            throw new ForbiddenException("The partnership's compliance dashboard is for partnership administrators and auditors");
        }
    }

    /** How a practitioner would name an entry that has no reference of its own. */
    private static String reference(Measure measure, ComplianceStore.Entry e, Map<UUID, String> staffNames) {
        if (measure == Measure.LAPSED_TRAINING) {
            return staffNames.getOrDefault(e.id(), "A member of staff");
        }
        if (e.reference() == null) {
            return measure == Measure.DISCLOSURES_NEVER_OPENED ? "Disclosure" : "Decision";
        }
        return switch (e.reference()) {
            case "rights" -> "Rights notice";
            case "withdrawal" -> "Consent withdrawal notice";
            default -> e.reference();
        };
    }
}

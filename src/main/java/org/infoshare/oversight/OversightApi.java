package org.infoshare.oversight;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** The compliance dashboard and the partnership's report for partner systems and scripts. */
@RestController
@Tag(name = "Oversight and reporting")
class OversightApi {

    private final ComplianceDashboard dashboard;
    private final BoardReports reports;

    OversightApi(ComplianceDashboard dashboard, BoardReports reports) {
        this.dashboard = dashboard;
        this.reports = reports;
    }

    /** A figure on the dashboard: the measure's code, its words, the count, and where its list is. */
    record FigureResponse(String code, String label, int count, String list) {
    }

    record OrganisationResponse(UUID organisationId, String organisation, List<FigureResponse> figures) {
    }

    record LineResponse(UUID organisationId, String organisation, UUID id, String reference, String date, String owed, String link) {
        static LineResponse of(ComplianceDashboard.Line l) {
            return new LineResponse(l.organisationId(), l.organisation(), l.id(), l.reference(), l.date() == null ? null : l.date().toString(), l.owed(),
                    l.link());
        }
    }

    record FigureValue(Long value, String withheld) {
        static FigureValue of(ReportTable.Figure f) {
            return new FigureValue(f.value(), f.withheld() ? f.suppression().name() : null);
        }
    }

    record RowResponse(String code, String label, List<FigureValue> cells, FigureValue total) {
    }

    record TableResponse(String key, String title, String rowHeading, List<ReportTable.Key> columns, List<RowResponse> rows, RowResponse totals) {
        static TableResponse of(ReportTable t) {
            List<RowResponse> rows = new java.util.ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                rows.add(row(t, r, t.rows().get(r).code(), t.rows().get(r).label()));
            }
            return new TableResponse(t.key(), t.title(), t.rowHeading(), t.columns(), rows, row(t, t.rows().size(), null, "Total"));
        }

        private static RowResponse row(ReportTable t, int r, String code, String label) {
            List<FigureValue> line = t.line(r).stream().map(FigureValue::of).toList();
            return new RowResponse(code, label, line.subList(0, line.size() - 1), line.get(line.size() - 1));
        }
    }

    record ReportResponse(String from, String to, int threshold, List<TableResponse> tables) {
    }

    @GetMapping("/api/v1/oversight/dashboard")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    @Operation(summary = "Your organisation's compliance figures, each with the address of the list behind it")
    List<FigureResponse> own(Actor actor) {
        return dashboard.own(actor).entrySet().stream().map(e -> figure(e.getKey(), e.getValue(), "/api/v1/oversight/dashboard/")).toList();
    }

    @GetMapping("/api/v1/oversight/dashboard/{measure}")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    @Operation(summary = "The list behind one of your organisation's figures")
    List<LineResponse> ownList(Actor actor, @PathVariable String measure) {
        return dashboard.lines(actor, measure(measure), false).stream().map(LineResponse::of).toList();
    }

    @GetMapping("/api/v1/oversight/partnership")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    @Operation(summary = "Every organisation's compliance figures, for the partnership")
    List<OrganisationResponse> partnership(Actor actor) {
        return dashboard.partnership(actor).stream().map(o -> new OrganisationResponse(o.organisationId(), o.organisation(),
                ComplianceDashboard.partnershipMeasures().stream().map(m -> figure(m, o.count(m), "/api/v1/oversight/partnership/")).toList())).toList();
    }

    @GetMapping("/api/v1/oversight/partnership/{measure}")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    @Operation(summary = "The list behind one of the partnership's figures: organisation, reference and date, never the record")
    List<LineResponse> partnershipList(Actor actor, @PathVariable String measure) {
        return dashboard.lines(actor, measure(measure), true).stream().map(LineResponse::of).toList();
    }

    @GetMapping("/api/v1/oversight/reports")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    @Operation(summary = "The partnership's report for the months from and to (YYYY-MM, inclusive; the last twelve months if both are left out), "
            + "every figure after small-number suppression")
    ReportResponse report(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        BoardReports.BoardReport report = reports.report(actor, period(from, to));
        return new ReportResponse(report.period().first().toString(), report.period().last().toString(), report.threshold(),
                report.tables().stream().map(TableResponse::of).toList());
    }

    @GetMapping("/api/v1/oversight/reports.csv")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    @Operation(summary = "The partnership's report as CSV: one line per published figure, withheld figures empty with the reason")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return ReportPages.csv(reports.report(actor, period(from, to)));
    }

    private static FigureResponse figure(Measure measure, int count, String base) {
        return new FigureResponse(measure.slug(), measure.label(), count, base + measure.slug());
    }

    private static Measure measure(String slug) {
        return Measure.bySlug(slug).orElseThrow(() -> new NotFoundException("Measure"));
    }

    private ReportPeriod period(String from, String to) {
        if (from == null && to == null) {
            return ReportPeriod.yearTo(YearMonth.now(reports.clock()));
        }
        return BoardReports.period(month(from, "from"), month(to, "to"));
    }

    private static YearMonth month(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of(field, "required", "Give both from and to, as YYYY-MM");
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw InvalidRequestException.of(field, "year-month", "The year must be between 2000 and 2100");
            }
            return month;
        } catch (DateTimeException e) {
            throw InvalidRequestException.of(field, "year-month", "Give the month as YYYY-MM, for example 2026-04");
        }
    }
}

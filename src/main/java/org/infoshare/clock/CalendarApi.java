package org.infoshare.clock;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.clock.rules.BankHoliday;
import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.Nation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bank holidays per nation, the nation each organisation counts in, and the deadlines counted over them. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar and statutory clocks")
class CalendarApi {

    /** A nation's bank holidays and how far they are known. */
    record NationCalendar(Nation nation, Integer firstYear, Integer lastYear, int nextYear, String calendarVersion, List<BankHoliday> holidays) {
    }

    /** The nation the caller's organisation counts in, whether it chose it, and the partnership's. */
    record Nations(Nation organisation, boolean organisationChose, Nation partnership) {
    }

    private final BankHolidays bankHolidays;
    private final CalendarNations nations;
    private final Deadlines deadlines;

    CalendarApi(BankHolidays bankHolidays, CalendarNations nations, Deadlines deadlines) {
        this.bankHolidays = bankHolidays;
        this.nations = nations;
        this.deadlines = deadlines;
    }

    @GetMapping("/bank-holidays/{nation}")
    @SignedIn
    @Operation(summary = "A nation's bank holidays (shipped and added), for one year or all, and the years they are known for")
    NationCalendar bankHolidays(@PathVariable Nation nation, @RequestParam(required = false) Integer year) {
        BankHolidayCalendar calendar = bankHolidays.calendar();
        var coverage = calendar.coverage(nation);
        return new NationCalendar(nation, coverage.map(BankHolidayCalendar.Coverage::firstYear).orElse(null),
                coverage.map(BankHolidayCalendar.Coverage::lastYear).orElse(null), bankHolidays.nextYear(calendar, nation),
                bankHolidays.version().toString(), year == null ? calendar.holidays(nation) : calendar.holidays(nation, year));
    }

    @PostMapping("/bank-holidays")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Add a bank holiday (a one-off, or a date moved to); it counts for every deadline from now on")
    ResponseEntity<BankHoliday> add(Actor actor, @RequestBody CalendarCommands.AddBankHoliday command) {
        BankHoliday added = bankHolidays.add(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/calendar/bank-holidays/" + added.nation() + "?year=" + added.date().getYear()))
                .body(added);
    }

    @PostMapping("/bank-holidays/removals")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Make a bank holiday a working day again (a date moved away, or one entered in error), with the reason")
    ResponseEntity<Void> remove(Actor actor, @RequestBody CalendarCommands.RemoveBankHoliday command) {
        bankHolidays.remove(actor, command);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/years/{nation}/next")
    @SignedIn
    @Operation(summary = "The next year to add for a nation, with the dates that year usually has")
    NationCalendar nextYear(@PathVariable Nation nation) {
        int next = bankHolidays.nextYear(bankHolidays.calendar(), nation);
        return new NationCalendar(nation, null, null, next, bankHolidays.version().toString(), bankHolidays.usual(nation, next));
    }

    @PostMapping("/years")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Add the next year's usual bank holidays for a nation, which completes that year")
    ResponseEntity<List<BankHoliday>> addYear(Actor actor, @RequestBody CalendarCommands.AddYear command) {
        List<BankHoliday> year = bankHolidays.addYear(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/calendar/bank-holidays/" + command.nation() + "?year=" + command.year())).body(year);
    }

    @GetMapping("/nations")
    @SignedIn
    @Operation(summary = "The nation whose bank holidays count for your organisation, and the partnership's")
    Nations nations(Actor actor) {
        CalendarNations.Choice ours = nations.of(actor.organisationId());
        return new Nations(ours.nation(), ours.chosen(), nations.partnership());
    }

    @PutMapping("/nations/organisation")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Choose the nation whose bank holidays count for your organisation")
    Nations chooseOurs(Actor actor, @RequestBody CalendarCommands.ChooseNation command) {
        nations.chooseForOrganisation(actor, command);
        return nations(actor);
    }

    @PutMapping("/nations/partnership")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Choose the nation for organisations that have not chosen their own")
    Nations choosePartnership(Actor actor, @RequestBody CalendarCommands.ChooseNation command) {
        nations.chooseForPartnership(actor, command);
        return nations(actor);
    }

    @PostMapping("/deadlines/working-days")
    @SignedIn
    @Operation(summary = "The n-th working day after the day of receipt (which does not count), e.g. 2 and 7 for FOI assistance (002 §2.8)")
    DeadlineView workingDays(Actor actor, @RequestBody DeadlineCommands.WorkingDays command) {
        return deadlines.workingDays(actor, command);
    }

    @PostMapping("/deadlines/subject-rights")
    @SignedIn
    @Operation(summary = "A rights request's deadline: one calendar month by the ICO's rule, or three when extended, paused days added back")
    DeadlineView subjectRights(Actor actor, @RequestBody DeadlineCommands.SubjectRights command) {
        return deadlines.subjectRights(actor, command);
    }

    @PostMapping("/deadlines/breach")
    @SignedIn
    @Operation(summary = "72 hours from awareness of a breach (002 §4.8), shown in London time")
    DeadlineView breach(@RequestBody DeadlineCommands.Breach command) {
        return deadlines.breach(command);
    }

    @PostMapping("/deadlines/reviews")
    @SignedIn
    @Operation(summary = "An agreement's review dates for a cycle: the first after an agreed period (6 months by default), then every period (12 by default)")
    List<DeadlineView> reviews(@RequestBody DeadlineCommands.Reviews command) {
        return deadlines.reviews(command);
    }
}

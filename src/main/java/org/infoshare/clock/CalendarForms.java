package org.infoshare.clock;

import java.time.LocalDate;

import org.infoshare.clock.rules.Nation;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;
import org.springframework.format.annotation.DateTimeFormat;

/** The calendar's forms, their properties in the order the pages show them, mirroring the commands. */
final class CalendarForms {

    private CalendarForms() {
    }

    public static class AddBankHolidayForm {
        private Nation nation;
        private DateInput date = new DateInput();
        private String name;

        CalendarCommands.AddBankHoliday toCommand(FormParsing parsing) {
            return new CalendarCommands.AddBankHoliday(nation, parsing.date(date, "date", "the date of the bank holiday"), name);
        }

        public Nation getNation() { return nation; }
        public void setNation(Nation nation) { this.nation = nation; }
        public DateInput getDate() { return date; }
        public void setDate(DateInput date) { this.date = date; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    public static class RemoveBankHolidayForm {
        private Nation nation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private String reason;

        CalendarCommands.RemoveBankHoliday toCommand() {
            return new CalendarCommands.RemoveBankHoliday(nation, date, reason);
        }

        public Nation getNation() { return nation; }
        public void setNation(Nation nation) { this.nation = nation; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class AddYearForm {
        private Nation nation;
        private Integer year;

        CalendarCommands.AddYear toCommand() {
            return new CalendarCommands.AddYear(nation, year);
        }

        public Nation getNation() { return nation; }
        public void setNation(Nation nation) { this.nation = nation; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
    }

    public static class NationForm {
        private Nation nation;

        CalendarCommands.ChooseNation toCommand() {
            return new CalendarCommands.ChooseNation(nation);
        }

        public Nation getNation() { return nation; }
        public void setNation(Nation nation) { this.nation = nation; }
    }
}

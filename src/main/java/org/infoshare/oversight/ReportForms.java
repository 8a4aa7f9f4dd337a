package org.infoshare.oversight;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

/** The period a report covers, as typed: the first and last month, each a month number and a year. */
class ReportForms {

    /** Mirrors {@link ReportPeriod}: blank asks for the twelve months up to this one. */
    public static class PeriodForm {
        private String fromMonth = "";
        private String fromYear = "";
        private String toMonth = "";
        private String toYear = "";

        static PeriodForm of(ReportPeriod period) {
            PeriodForm form = new PeriodForm();
            form.fromMonth = String.valueOf(period.first().getMonthValue());
            form.fromYear = String.valueOf(period.first().getYear());
            form.toMonth = String.valueOf(period.last().getMonthValue());
            form.toYear = String.valueOf(period.last().getYear());
            return form;
        }

        boolean blank() {
            return (fromMonth + fromYear + toMonth + toYear).isBlank();
        }

        ReportPeriod toPeriod() {
            List<Violation> problems = new ArrayList<>();
            YearMonth first = month(fromMonth, fromYear, "fromMonth", "first", problems);
            YearMonth last = month(toMonth, toYear, "toMonth", "last", problems);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            try {
                return BoardReports.period(first, last);
            } catch (InvalidRequestException e) {
                throw InvalidRequestException.of("toMonth", e.violations().get(0).rule(), e.violations().get(0).message());
            }
        }

        private static YearMonth month(String month, String year, String field, String which, List<Violation> problems) {
            try {
                YearMonth parsed = YearMonth.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()));
                if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                    problems.add(new Violation(field, "year-month", "The " + which + " month's year must be between 2000 and 2100"));
                }
                return parsed;
            } catch (NumberFormatException | DateTimeException e) {
                problems.add(new Violation(field, "year-month", "Enter the " + which + " month as a month number and a year, for example 4 2026"));
                return null;
            }
        }

        public String getFromMonth() {
            return fromMonth;
        }

        public void setFromMonth(String fromMonth) {
            this.fromMonth = fromMonth == null ? "" : fromMonth;
        }

        public String getFromYear() {
            return fromYear;
        }

        public void setFromYear(String fromYear) {
            this.fromYear = fromYear == null ? "" : fromYear;
        }

        public String getToMonth() {
            return toMonth;
        }

        public void setToMonth(String toMonth) {
            this.toMonth = toMonth == null ? "" : toMonth;
        }

        public String getToYear() {
            return toYear;
        }

        public void setToYear(String toYear) {
            this.toYear = toYear == null ? "" : toYear;
        }
    }
}

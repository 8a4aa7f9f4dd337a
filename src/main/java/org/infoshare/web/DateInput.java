package org.infoshare.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.infoshare.shared.problem.InvalidRequestException;

/**
 * A date entered as GOV.UK day, month and year fields. Empty is "no date"; anything else must be a real
 * date, reported against the field's name in the GOV.UK wording.
 */
public class DateInput {

    private String day = "";
    private String month = "";
    private String year = "";

    public DateInput() {
    }

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.day = String.valueOf(date.getDayOfMonth());
            input.month = String.valueOf(date.getMonthValue());
            input.year = String.valueOf(date.getYear());
        }
        return input;
    }

    public boolean isEmpty() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * @param field the form field, for the error
     * @param what  how the error names the date, e.g. "the date the training expires"
     */
    public LocalDate toDate(String field, String what) {
        if (isEmpty()) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            throw InvalidRequestException.of(field, "date", capitalise(what) + " must include a day, month and year");
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                throw InvalidRequestException.of(field, "date", "Year must include 4 numbers");
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw InvalidRequestException.of(field, "date", capitalise(what) + " must be a real date");
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}

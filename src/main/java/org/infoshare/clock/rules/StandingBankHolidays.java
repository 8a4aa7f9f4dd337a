package org.infoshare.clock.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bank holidays a year usually has in a nation, by the standing pattern (Banking and Financial Dealings
 * Act 1971 Schedule 1 and the annual royal proclamations): what an administrator is offered when adding a
 * coming year, before adding any one-off holiday or moving a date by proclamation. A fixed-date holiday
 * that falls on a weekend is replaced by a substitute day, the first weekday after it that is not already a
 * holiday (so Christmas on a Saturday is kept on Monday 27 December, Boxing Day on Tuesday 28 December).
 */
public final class StandingBankHolidays {

    public static final String SUBSTITUTE = " (substitute day)";

    record Fixed(Month month, int day, String name) {
    }

    private StandingBankHolidays() {
    }

    public static List<BankHoliday> of(Nation nation, int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate easter = easterSunday(year);
        days.add(holiday(nation, easter.minusDays(2), "Good Friday"));
        if (nation != Nation.SCOTLAND) {
            days.add(holiday(nation, easter.plusDays(1), "Easter Monday"));
        }
        days.add(holiday(nation, LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(holiday(nation, LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        LocalDate august = LocalDate.of(year, Month.AUGUST, 1);
        days.add(holiday(nation, nation == Nation.SCOTLAND ? august.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : august.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));

        List<Fixed> fixed = fixedDates(nation);
        Set<LocalDate> taken = new HashSet<>(days.stream().map(BankHoliday::date).toList());
        List<Fixed> onWeekends = new ArrayList<>();
        for (Fixed f : fixed) {
            LocalDate date = LocalDate.of(year, f.month(), f.day());
            if (BankHolidayCalendar.weekday(date)) {
                days.add(holiday(nation, date, f.name()));
                taken.add(date);
            } else {
                onWeekends.add(f);
            }
        }
        for (Fixed f : onWeekends) {
            LocalDate substitute = LocalDate.of(year, f.month(), f.day()).plusDays(1);
            while (!BankHolidayCalendar.weekday(substitute) || taken.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            taken.add(substitute);
            days.add(holiday(nation, substitute, f.name() + SUBSTITUTE));
        }
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }

    private static List<Fixed> fixedDates(Nation nation) {
        List<Fixed> fixed = new ArrayList<>();
        fixed.add(new Fixed(Month.JANUARY, 1, "New Year’s Day"));
        if (nation == Nation.SCOTLAND) {
            fixed.add(new Fixed(Month.JANUARY, 2, "2nd January"));
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            fixed.add(new Fixed(Month.MARCH, 17, "St Patrick’s Day"));
            fixed.add(new Fixed(Month.JULY, 12, "Battle of the Boyne (Orangemen’s Day)"));
        }
        if (nation == Nation.SCOTLAND) {
            fixed.add(new Fixed(Month.NOVEMBER, 30, "St Andrew’s Day"));
        }
        fixed.add(new Fixed(Month.DECEMBER, 25, "Christmas Day"));
        fixed.add(new Fixed(Month.DECEMBER, 26, "Boxing Day"));
        return fixed;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static BankHoliday holiday(Nation nation, LocalDate date, String name) {
        return new BankHoliday(nation, date, name, BankHoliday.Source.ADDED);
    }
}

package id.peristiwa.time;

import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.EventDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/** What a date expression says, before it is resolved against a publication date. */
sealed interface DateReference {

    /**
     * The date meant, given the publication date.
     *
     * @param published the publication date, or null when the article has none
     * @return the date with its granularity; null when it needs a publication date and has none, or names an
     *         impossible day (29 Februari of a common year)
     */
    EventDate resolve(LocalDate published);

    /**
     * A calendar date given in part: "12 Agustus 2023", "Februari lalu", "November tahun lalu", "(31/1)",
     * "pada 2019".
     *
     * @param day       day of month, or 0 when not given
     * @param month     month, or 0 when not given (then {@code day} is 0 too)
     * @param year      the year when written, or 0
     * @param yearShift with no year written: the year relative to publication ("tahun lalu" -1), or null
     * @param direction with neither: which way from publication the month (and day) lies
     */
    record Calendar(int day, int month, int year, Integer yearShift, Direction direction) implements DateReference {
        @Override
        public EventDate resolve(LocalDate published) {
            int y = year;
            if (y == 0) {
                if (published == null) {
                    return null;
                }
                y = published.getYear() + (yearShift != null ? yearShift : direction.yearShift(compared(published)));
            }
            try {
                if (day > 0) {
                    return new EventDate(LocalDate.of(y, month, day), DateGranularity.DAY, true);
                }
                if (month > 0) {
                    return new EventDate(LocalDate.of(y, month, 1), DateGranularity.MONTH, true);
                }
                return new EventDate(LocalDate.of(y, 1, 1), DateGranularity.YEAR, true);
            } catch (DateTimeException impossible) {
                return null;
            }
        }

        /** How the month (and day) compares with the publication date's, within a year. */
        private int compared(LocalDate published) {
            return day > 0 ? MonthDay.of(month, day).compareTo(MonthDay.from(published))
                    : Integer.compare(month, published.getMonthValue());
        }
    }

    /**
     * A count of units from publication: "dua hari lalu" (-2 days), "pekan depan" (+1 week), "bulan ini".
     * Weeks are dated to the day; months and years to their first day.
     */
    record Shift(int amount, Unit unit) implements DateReference {
        @Override
        public EventDate resolve(LocalDate published) {
            if (published == null) {
                return null;
            }
            return switch (unit) {
                case DAY -> new EventDate(published.plusDays(amount), DateGranularity.DAY, true);
                case WEEK -> new EventDate(published.plusWeeks(amount), DateGranularity.DAY, true);
                case MONTH -> new EventDate(published.withDayOfMonth(1).plusMonths(amount), DateGranularity.MONTH,
                        true);
                case YEAR -> new EventDate(published.withDayOfYear(1).plusYears(amount), DateGranularity.YEAR, true);
                case DECADE -> new EventDate(published.withDayOfYear(1).plusYears(10L * amount),
                        DateGranularity.YEAR, true);
            };
        }
    }

    /** A weekday named without its date: "Senin", "Kamis lalu", "Jumat mendatang". */
    record Weekday(DayOfWeek day, Direction direction) implements DateReference {
        @Override
        public EventDate resolve(LocalDate published) {
            if (published == null) {
                return null;
            }
            int ahead = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
            int back = Math.floorMod(published.getDayOfWeek().getValue() - day.getValue(), 7);
            LocalDate date = switch (direction) {
                case ON_OR_BEFORE -> published.minusDays(back);
                case BEFORE -> published.minusDays(back == 0 ? 7 : back);
                case AFTER -> published.plusDays(ahead == 0 ? 7 : ahead);
                case ON_OR_AFTER -> published.plusDays(ahead);
            };
            return new EventDate(date, DateGranularity.DAY, true);
        }
    }
}

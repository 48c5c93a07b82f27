package id.peristiwa.time;

import id.peristiwa.document.Span;
import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of one sentence in its tokens, left to right, each as the longest reading that
 * starts at its first token: "Selasa (31/1)", "Kamis, 12 Agustus", "November tahun lalu", "dua hari lalu",
 * "awal bulan ini", "pada 2019". Immutable; a scan allocates only for what it finds, and costs a few set
 * lookups per token.
 */
final class DateScanner {
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(-an)?");
    /** Years written with a day or month ("2 Juni 1897") reach far back; their form leaves no doubt. */
    private static final int MIN_YEAR = 1000;
    /** A year standing alone after a cue is read from here on: "pada 1500" is more often a count. */
    private static final int MIN_CUED_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    /** Shorter weekday names are abbreviations ("Sen", "Sel", "Min") that are ordinary words in running text. */
    private static final int MIN_WEEKDAY_LENGTH = 4;
    /** Month names are at least this long ("Mei"); shorter matches are noise. */
    private static final int MIN_MONTH_LENGTH = 3;

    private final TimeWords words;

    DateScanner(TimeWords words) {
        this.words = words;
    }

    /**
     * A date expression found.
     *
     * @param span      where it is, into the text
     * @param reference what it says
     */
    record Found(Span span, DateReference reference) {
    }

    /** The date expressions among {@code tokens}, whose offsets are into {@code text}, in text order. */
    List<Found> scan(String text, List<Token> tokens) {
        Scan scan = new Scan(text, tokens);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match match = scan.at(i);
            if (match == null) {
                i++;
            } else {
                found.add(new Found(new Span(tokens.get(i).start(), tokens.get(match.end - 1).end()), match.reference));
                i = match.end;
            }
        }
        return found;
    }

    /** An expression read up to token {@code end} (exclusive). */
    private record Match(int end, DateReference reference) {
    }

    /** One sentence being read. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final int n;
        /** Index of the first word that says the sentence speaks of the future, or n. */
        private final int futureFrom;

        Scan(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            this.n = tokens.size();
            int first = n;
            for (int i = 0; i < n && first == n; i++) {
                if (words.futureCues().contains(norm(i))) {
                    first = i;
                }
            }
            this.futureFrom = first;
        }

        /** The expression that starts at token {@code i}, or null. A period part ("akhir") may lead it. */
        Match at(int i) {
            boolean part = words.parts().contains(norm(i));
            int j = part ? i + 1 : i;
            if (j >= n) {
                return null;
            }
            Match match = dayWord(j);
            match = match != null ? match : weekday(j);
            match = match != null ? match : parenthesized(j);
            match = match != null ? match : dayMonth(j);
            match = match != null ? match : month(j, part);
            match = match != null ? match : unit(j);
            match = match != null ? match : amount(j);
            return match != null ? match : writtenYear(j, part);
        }

        /** "kemarin", "hari ini", "besok", "tadi malam". */
        private Match dayWord(int j) {
            Phrases.Match<Integer> day = words.days().at(tokens, j);
            return day == null ? null : new Match(day.end(), new DateReference.Shift(day.value(), Unit.DAY));
        }

        /** "Selasa (31/1)", "Kamis, 12 Agustus", "Senin lalu", "Jumat mendatang", "Rabu". */
        private Match weekday(int j) {
            DayOfWeek day = words.calendar().weekday(norm(j));
            if (day == null || norm(j).length() < MIN_WEEKDAY_LENGTH || !capitalized(j) || weekMeant(j)
                    || inDayRange(j)) {
                return null;
            }
            Match date = parenthesized(j + 1);
            if (date == null) {
                date = dayMonth(j + 1 < n && norm(j + 1).equals(",") ? j + 2 : j + 1);
            }
            if (date != null) {
                return date;
            }
            Phrases.Match<Integer> modifier = modifier(j + 1);
            if (modifier == null) {
                return new Match(j + 1, new DateReference.Weekday(day, defaultDirection(j)));
            }
            Direction direction = modifier.value() < 0 ? Direction.BEFORE
                    : modifier.value() > 0 ? Direction.AFTER : defaultDirection(j);
            return new Match(modifier.end(), new DateReference.Weekday(day, direction));
        }

        /**
         * Whether a weekday name that is also a unit opens the sentence before a modifier: "Minggu lalu" there
         * is last week, capitalized only because it comes first.
         */
        private boolean weekMeant(int j) {
            boolean opens = j == 0 || j == 1 && tokens.get(0).is(TokenFlag.PUNCTUATION);
            return opens && words.units().at(tokens, j) != null && modifier(j + 1) != null;
        }

        /** Whether the weekday is an end of a range of weekdays ("Senin-Jumat"), a schedule and not a date. */
        private boolean inDayRange(int j) {
            return j + 2 < n && isDash(j + 1) && words.calendar().weekday(norm(j + 2)) != null
                    || j >= 2 && isDash(j - 1) && words.calendar().weekday(norm(j - 2)) != null;
        }

        private boolean isDash(int k) {
            return norm(k).equals("-");
        }

        /** "(31/1)", "(3/2/2023)". */
        private Match parenthesized(int j) {
            if (j + 2 >= n || !norm(j).equals("(") || !norm(j + 2).equals(")")
                    || !tokens.get(j + 1).is(TokenFlag.NUMBER)) {
                return null;
            }
            Matcher m = SLASH_DATE.matcher(norm(j + 1));
            if (!m.matches()) {
                return null;
            }
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (!valid(day, month) || year != 0 && (year < MIN_YEAR || year > MAX_YEAR)) {
                return null;
            }
            return new Match(j + 3, new DateReference.Calendar(day, month, year, null, defaultDirection(j)));
        }

        /** "12 Agustus 2023", "12 Agustus", "12 Agustus lalu". */
        private Match dayMonth(int j) {
            if (j + 1 >= n || !DAY.matcher(norm(j)).matches()) {
                return null;
            }
            int day = Integer.parseInt(norm(j));
            Integer month = monthName(j + 1);
            return month == null || !valid(day, month) ? null : monthTail(j + 2, day, month, j, false);
        }

        /** "bulan Februari", "Februari lalu", "November tahun lalu", "Agustus 2023". */
        private Match month(int j, boolean part) {
            Integer month = monthName(j);
            if (month == null || !capitalized(j)) {
                return null;
            }
            boolean cued = part || j > 0 && words.monthCues().contains(norm(j - 1));
            return monthTail(j + 1, 0, month, j, !cued);
        }

        /**
         * What follows a month (and day): a year, "tahun lalu", or a modifier; with none, the bare month, or
         * null when {@code needsMore} (a lone month name with no cue is too often a name).
         */
        private Match monthTail(int k, int day, int month, int anchor, boolean needsMore) {
            int year = year(k, false);
            if (year > 0) {
                return new Match(k + 1, new DateReference.Calendar(day, month, year, null, Direction.ON_OR_BEFORE));
            }
            if (isYearUnit(k)) {
                year = year(k + 1, false);
                if (year > 0) {
                    return new Match(k + 2, new DateReference.Calendar(day, month, year, null,
                            Direction.ON_OR_BEFORE));
                }
                Phrases.Match<Integer> shift = modifier(k + 1);
                if (shift != null) {
                    return new Match(shift.end(), new DateReference.Calendar(day, month, 0, shift.value(),
                            Direction.ON_OR_BEFORE));
                }
            }
            Phrases.Match<Integer> modifier = modifier(k);
            if (modifier != null) {
                DateReference reference = modifier.value() == 0
                        ? new DateReference.Calendar(day, month, 0, 0, Direction.ON_OR_BEFORE)
                        : new DateReference.Calendar(day, month, 0, null,
                                modifier.value() < 0 ? Direction.BEFORE : Direction.AFTER);
                return new Match(modifier.end(), reference);
            }
            return needsMore ? null
                    : new Match(k, new DateReference.Calendar(day, month, 0, null, defaultDirection(anchor)));
        }

        /** "pekan depan", "tahun lalu", "bulan ini". */
        private Match unit(int j) {
            Phrases.Match<Unit> unit = words.units().at(tokens, j);
            Phrases.Match<Integer> modifier = unit == null ? null : modifier(unit.end());
            return modifier == null ? null
                    : new Match(modifier.end(), new DateReference.Shift(modifier.value(), unit.value()));
        }

        /** "dua hari lalu", "3 pekan lalu", "sepekan lalu", "dua tahun silam"; a bare count is a duration. */
        private Match amount(int j) {
            int count;
            Phrases.Match<Unit> unit = words.oneUnits().at(tokens, j);
            if (unit != null) {
                count = 1;
            } else {
                Phrases.Match<Integer> number = words.numbers().at(tokens, j);
                int k = j + 1;
                if (number != null) {
                    count = number.value();
                    k = number.end();
                } else if (tokens.get(j).is(TokenFlag.NUMBER) && COUNT.matcher(norm(j)).matches()) {
                    count = Integer.parseInt(norm(j));
                } else {
                    return null;
                }
                unit = words.units().at(tokens, k);
            }
            Phrases.Match<Integer> modifier = unit == null ? null : modifier(unit.end());
            if (modifier == null || modifier.value() == 0) {
                return null;
            }
            return new Match(modifier.end(), new DateReference.Shift(count * modifier.value(), unit.value()));
        }

        /** "pada 2019", "tahun 1950", "akhir 2022", "tahun 1950-an", "1998 silam". */
        private Match writtenYear(int j, boolean part) {
            int year = year(j, true);
            if (year < MIN_CUED_YEAR || !part && (j == 0 || !words.yearCues().contains(norm(j - 1)))
                    || numbered(j)) {
                return null;
            }
            Phrases.Match<Integer> modifier = modifier(j + 1);
            int end = modifier != null && modifier.value() < 0 ? modifier.end() : j + 1;
            return new Match(end, new DateReference.Calendar(0, 0, year, null, Direction.ON_OR_BEFORE));
        }

        /** Whether the year at {@code j} dates a numbered document ("UU Nomor 31 Tahun 1999"), not an event. */
        private boolean numbered(int j) {
            return j >= 3 && tokens.get(j - 2).is(TokenFlag.NUMBER) && words.numbered().contains(norm(j - 3));
        }

        /** A [past], [current] or [future] word at {@code k}, a filler ("yang") allowed before it. */
        private Phrases.Match<Integer> modifier(int k) {
            if (k >= n) {
                return null;
            }
            Phrases.Match<Integer> modifier = words.modifiers().at(tokens, k);
            if (modifier == null && words.fillers().contains(norm(k))) {
                modifier = words.modifiers().at(tokens, k + 1);
            }
            return modifier;
        }

        /** The year written at {@code k} within 1900..2100, or 0; a decade ("1950-an") only when asked. */
        private int year(int k, boolean decade) {
            if (k >= n) {
                return 0;
            }
            Matcher m = YEAR.matcher(norm(k));
            if (!m.matches() || m.group(2) != null && !decade) {
                return 0;
            }
            int year = Integer.parseInt(m.group(1));
            return year >= MIN_YEAR && year <= MAX_YEAR ? year : 0;
        }

        private boolean isYearUnit(int k) {
            Phrases.Match<Unit> unit = words.units().at(tokens, k);
            return unit != null && unit.value() == Unit.YEAR && unit.end() == k + 1;
        }

        private Integer monthName(int k) {
            return k < n && norm(k).length() >= MIN_MONTH_LENGTH ? words.calendar().month(norm(k)) : null;
        }

        /** Future when a future cue comes earlier in the sentence; else the past, which news reports. */
        private Direction defaultDirection(int anchor) {
            return futureFrom < anchor ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE;
        }

        private boolean capitalized(int k) {
            return Character.isUpperCase(text.charAt(tokens.get(k).start()));
        }

        private String norm(int k) {
            return tokens.get(k).normalized();
        }
    }

    /** Whether the day exists in the month in some year (29 Februari does). */
    private static boolean valid(int day, int month) {
        try {
            MonthDay.of(month, day);
            return true;
        } catch (DateTimeException impossible) {
            return false;
        }
    }
}

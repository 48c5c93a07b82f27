package id.peristiwa.extract;

import id.peristiwa.document.Published;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates from the strings news pages carry: meta-tag values, {@code <time>} elements, bylines and
 * date lines, in ISO-8601, RFC 1123, Indonesian ("Kamis, 12 Agustus 2021 10:15 WIB") and English ("Aug 12, 2021
 * 10:15 AM") forms, and from URLs. Numeric dates are read day first, the Indonesian convention. The result keeps
 * exactly the precision found: a date, a time of day, a UTC offset.
 *
 * <p>Impossible dates (31 Februari) and years outside 1900..2100 are not dates; nothing here throws on any input.
 * Instances are immutable and thread-safe; the month, weekday and zone names come from the language pack.
 */
public final class DateParser {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final DateVocabulary vocabulary;
    private final List<Pattern> linePatterns;
    private final List<Pattern> urlPatterns;
    private final Pattern urlQuery = Pattern.compile("[?&](?:date|tanggal|tgl)=([^&#]+)", Pattern.CASE_INSENSITIVE);

    private DateParser(DateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String month = "(?<name>" + DateVocabulary.alternation(vocabulary.months().keySet()) + ")\\.?(?!\\p{L})";
        String weekday = "(?:(?<!\\p{L})(?:" + DateVocabulary.alternation(vocabulary.weekdays().keySet())
                + ")\\.?,?\\s*)?";
        String zone = "(?<zone>(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?|(?:"
                + DateVocabulary.alternation(vocabulary.zones().keySet()) + ")(?!\\p{L}))";
        String cue = "(?:(?:" + DateVocabulary.alternation(vocabulary.timeCues()) + ")\\.?\\s*)?";
        String clock = "(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?!\\d)(?:[:.](?<second>\\d{2})(?:[.,]\\d{1,9})?)?(?!\\d)";
        String ampm = "(?:\\s*(?<ampm>[ap]\\.?m\\.?)(?!\\p{L}))?";
        // optional time after a date: "T10:15:00Z", " 10:15 WIB", ", 10.15 WIB", " | 14:05", " pukul 19.30 WITA"
        String time = "(?:(?:T|\\s*[,|@\\u2013\\u2014-]?\\s*)" + cue + clock + ampm + "(?:\\s*" + zone + ")?)?";
        String day = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
        String year = "(?<year>\\d{4})(?!\\d)";
        this.linePatterns = List.of(
                // 2021-08-12, 2021/08/12 and ISO-8601 date-times
                Pattern.compile("(?<!\\d)(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?!\\d)"
                        + time, flags),
                // 12 Agustus 2021, Kamis, 12 Agu 2021, Thu, 12 Aug 2021 03:15:00 GMT, 12-Aug-2021
                Pattern.compile(weekday + "(?<!\\d)" + day + "(?:\\s*-\\s*|\\s+)" + month + "[\\s,-]*" + year + time,
                        flags),
                // August 12, 2021 and Aug 12, 2021 10:15 AM
                Pattern.compile(weekday + "(?<!\\p{L})" + month + "\\s+" + day + ",?\\s+" + year + time, flags),
                // 12/08/2021, 12-08-2021, 12.08.2021: day first
                Pattern.compile(weekday + "(?<!\\d)" + day + "(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>" + year + time,
                        flags));
        this.urlPatterns = List.of(
                Pattern.compile("/(?<year>\\d{4})/(?<month>\\d{1,2})/(?<day>\\d{1,2})(?=[/?#_.-]|$)"),
                Pattern.compile("(?<!\\d)(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)"),
                Pattern.compile("[/_-](?<year>(?:19|20)\\d{2})(?<month>\\d{2})(?<day>\\d{2})(?=[/?#_.-]|$)"));
    }

    /** A parser with the Indonesian language pack's vocabulary (loaded once per call; keep the instance). */
    public static DateParser indonesian() {
        return new DateParser(DateVocabulary.load());
    }

    /**
     * Reads a date string as found in a meta tag, a {@code <time>} element, a byline or a date line.
     *
     * @param text the string; null or blank gives empty
     * @return the first valid date in it, with the time of day and offset when present
     */
    public Optional<Published> parse(String text) {
        return text == null ? Optional.empty() : find(text.strip());
    }

    /**
     * Finds the first valid date inside a longer line ("Diperbarui 12/08/2021, 10.15 WIB",
     * "Senin 31 Jan 2022 | 14:05 WIB").
     *
     * @param line any text; null gives empty
     * @return the date that starts earliest in the line, with time and offset when they follow it
     */
    public Optional<Published> find(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        Published best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : linePatterns) {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find() && matcher.start() < bestStart) {
                Optional<Published> found = published(matcher);
                if (found.isPresent()) {
                    best = found.get();
                    bestStart = matcher.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads the date a URL carries in its path ({@code /2021/08/12/}, {@code /20210812/}, {@code /2021-08-12/})
     * or query ({@code ?date=2021-08-12}). URLs give a date only, never a time.
     *
     * @param url the URL; null gives empty
     */
    public Optional<Published> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern pattern : urlPatterns) {
            Matcher matcher = pattern.matcher(url);
            while (matcher.find()) {
                Optional<LocalDate> date = date(matcher, Integer.parseInt(matcher.group("month")));
                if (date.isPresent()) {
                    return date.map(Published::of);
                }
            }
        }
        Matcher query = urlQuery.matcher(url);
        if (query.find()) {
            String value = URLDecoder.decode(query.group(1).replace("+", " "), StandardCharsets.UTF_8);
            return parse(value).map(found -> Published.of(found.date()));
        }
        return Optional.empty();
    }

    private Optional<Published> published(Matcher matcher) {
        Integer month = hasGroup(matcher, "name") && matcher.group("name") != null
                ? vocabulary.month(matcher.group("name"))
                : Integer.valueOf(matcher.group("month"));
        if (month == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(matcher, month);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = time(matcher);
        ZoneOffset offset = time == null ? null : offset(matcher.group("zone"));
        return Optional.of(new Published(date.get(), time, offset));
    }

    private static boolean hasGroup(Matcher matcher, String name) {
        return matcher.pattern().namedGroups().containsKey(name);
    }

    private static Optional<LocalDate> date(Matcher matcher, int month) {
        int year = Integer.parseInt(matcher.group("year"));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(matcher.group("day"))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** The time of day, or null when there is none or it is impossible (25:70); the date still stands then. */
    private static LocalTime time(Matcher matcher) {
        if (matcher.group("hour") == null) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group("hour"));
        int minute = Integer.parseInt(matcher.group("minute"));
        int second = matcher.group("second") == null ? 0 : Integer.parseInt(matcher.group("second"));
        String ampm = matcher.group("ampm");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        String numeric = zone.replaceFirst("(?i)^(?:GMT|UTC)\\s?", "");
        if (numeric.isEmpty() || Character.isLetter(numeric.charAt(0))) {
            return vocabulary.zone(zone);
        }
        String sign = numeric.substring(0, 1);
        String digits = numeric.substring(1).replace(":", "");
        try {
            int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
            int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
            int signum = sign.equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(signum * hours, signum * minutes);
        } catch (DateTimeException | NumberFormatException outOfRange) {
            return null;
        }
    }
}

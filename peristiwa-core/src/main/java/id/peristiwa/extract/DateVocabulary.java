package id.peristiwa.extract;

import id.peristiwa.lang.LanguagePackFile;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of date lines, read from the language pack: month names, weekday names, time-zone abbreviations and
 * the cues that introduce a time of day. Keys are lowercase; lookups are case-insensitive. Public so that every
 * stage that reads dates (page dates here, event dates in {@code id.peristiwa.time}) shares one source of names.
 */
public record DateVocabulary(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Map<String, ZoneOffset> zones,
                      Set<String> timeCues) {

    public DateVocabulary {
        timeCues = Set.copyOf(timeCues);
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
        zones = Map.copyOf(zones);
    }

    /** Loads {@code months.txt}, {@code weekdays.txt}, {@code timezones.txt} and {@code time-cues.txt}. */
    public static DateVocabulary load() {
        Map<String, Integer> months = new HashMap<>();
        for (String entry : LanguagePackFile.entries("months.txt")) {
            String[] fields = entry.split("\\s+");
            int month = Integer.parseInt(fields[0]);
            for (int i = 1; i < fields.length; i++) {
                months.put(fields[i].toLowerCase(Locale.ROOT), month);
            }
        }
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (String entry : LanguagePackFile.entries("weekdays.txt")) {
            String[] fields = entry.split("\\s+");
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(fields[0]));
            for (int i = 1; i < fields.length; i++) {
                weekdays.put(fields[i].toLowerCase(Locale.ROOT), day);
            }
        }
        Map<String, ZoneOffset> zones = new HashMap<>();
        for (String entry : LanguagePackFile.entries("timezones.txt")) {
            String[] fields = entry.split("\\s+");
            zones.put(fields[0].toLowerCase(Locale.ROOT), ZoneOffset.of(fields[1]));
        }
        Set<String> timeCues = new HashSet<>();
        for (String entry : LanguagePackFile.entries("time-cues.txt")) {
            timeCues.add(entry.toLowerCase(Locale.ROOT));
        }
        return new DateVocabulary(months, weekdays, zones, timeCues);
    }

    /** A regex alternation of the given words, longest first so that "agustus" wins over "agu". */
    static String alternation(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The month number (1 to 12) of a month name or abbreviation in any case, or null. */
    public Integer month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    /** The day of a weekday name or abbreviation in any case, or null. */
    public DayOfWeek weekday(String name) {
        return weekdays.get(name.toLowerCase(Locale.ROOT));
    }

    /** The offset of a zone abbreviation, or null. */
    ZoneOffset zone(String abbreviation) {
        return zones.get(abbreviation.toLowerCase(Locale.ROOT));
    }
}

package id.peristiwa.time;

import id.peristiwa.extract.DateVocabulary;
import id.peristiwa.lang.FormLine;
import id.peristiwa.lang.LanguagePackFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of date expressions in running text: month and weekday names from the date files shared with page
 * dates ({@link DateVocabulary}), and the relative words of {@code time-words.txt} (see its header for what each
 * group does).
 *
 * @param calendar   month and weekday names
 * @param numbers    counts before a unit ("tiga")
 * @param units      units ("pekan")
 * @param oneUnits   units with their count of one fused in ("sepekan")
 * @param modifiers  the [past] (-1), [current] (0) and [future] (+1) words
 * @param days       days named relative to publication, with their offset
 * @param fillers    words allowed between a unit and its modifier
 * @param parts      parts of a period ("awal", "akhir")
 * @param monthCues  words that make a following lone month name a date
 * @param yearCues   words that make a following year a date
 * @param futureCues words that make undated weekdays and months lie ahead
 * @param numbered   words before the number of a document whose year follows ("Nomor 31 Tahun 1999")
 */
record TimeWords(DateVocabulary calendar, Phrases<Integer> numbers, Phrases<Unit> units, Phrases<Unit> oneUnits,
                 Phrases<Integer> modifiers, Phrases<Integer> days, Set<String> fillers, Set<String> parts,
                 Set<String> monthCues, Set<String> yearCues, Set<String> futureCues, Set<String> numbered) {
    static final String FILE = "id/peristiwa/lang/id/time-words.txt";

    TimeWords {
        fillers = Set.copyOf(fillers);
        parts = Set.copyOf(parts);
        monthCues = Set.copyOf(monthCues);
        yearCues = Set.copyOf(yearCues);
        futureCues = Set.copyOf(futureCues);
        numbered = Set.copyOf(numbered);
    }

    /**
     * Reads the pack's files.
     *
     * @throws IllegalArgumentException when a line of {@code time-words.txt} has a bad value (a data error)
     */
    static TimeWords load() {
        Map<String, List<String>> groups = LanguagePackFile.groups(FILE);
        Map<String, Integer> modifiers = new HashMap<>();
        valued(groups, "past", line -> -1).forEach(modifiers::put);
        valued(groups, "current", line -> 0).forEach(modifiers::put);
        valued(groups, "future", line -> 1).forEach(modifiers::put);
        return new TimeWords(DateVocabulary.load(),
                new Phrases<>(valued(groups, "number", Integer::valueOf)),
                new Phrases<>(valued(groups, "unit", Unit::valueOf)),
                new Phrases<>(valued(groups, "one-unit", Unit::valueOf)),
                new Phrases<>(modifiers),
                new Phrases<>(valued(groups, "day", Integer::valueOf)),
                words(groups, "filler"), words(groups, "part"), words(groups, "month-cue"),
                words(groups, "year-cue"), words(groups, "future-cue"), words(groups, "numbered"));
    }

    /** Lines {@code FORM [| FORM ...] [=> VALUE]} of a group: each form with its value read by {@code read}. */
    private static <V> Map<String, V> valued(Map<String, List<String>> groups, String group,
            Function<String, V> read) {
        Map<String, V> values = new HashMap<>();
        for (String text : groups.getOrDefault(group, List.of())) {
            FormLine line = FormLine.parse(text);
            V value = read.apply(line.value());
            for (String form : line.forms()) {
                values.put(String.join(" ", form.toLowerCase(Locale.ROOT).split("\\s+")), value);
            }
        }
        return values;
    }

    private static Set<String> words(Map<String, List<String>> groups, String group) {
        return new HashSet<>(valued(groups, group, line -> Boolean.TRUE).keySet());
    }
}

package id.peristiwa.attribution;

import id.peristiwa.extract.DateVocabulary;
import id.peristiwa.lang.LanguagePackFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attribution words of a language pack: reporting cues by where they stand ({@code attribution/cues.txt}),
 * title and institution words that tell a speaker's name from its role ({@code attribution/titles.txt}), and
 * the regional titles and ranks among them, and the weekday names that end a speaker phrase ({@code weekdays.txt}). Immutable.
 */
record Vocabulary(Set<String> inverted, Set<String> reporting, Set<String> according, Set<String> complementizers,
        Set<String> titles, Set<String> regional, Set<String> ranks, List<String[]> fieldAffixes, Set<String> weekdays) {

    /** The enclitic that folds the speaker into a cue: "kata" + "nya". */
    static final String NYA = "nya";

    Vocabulary {
        inverted = Set.copyOf(inverted);
        reporting = Set.copyOf(reporting);
        according = Set.copyOf(according);
        complementizers = Set.copyOf(complementizers);
        titles = Set.copyOf(titles);
        regional = Set.copyOf(regional);
        ranks = Set.copyOf(ranks);
        fieldAffixes = List.copyOf(fieldAffixes);
        weekdays = Set.copyOf(weekdays);
    }

    static Vocabulary indonesian() {
        Map<String, List<String>> cues = LanguagePackFile.groups("id/peristiwa/lang/id/attribution/cues.txt");
        Map<String, List<String>> titles = LanguagePackFile.groups("id/peristiwa/lang/id/attribution/titles.txt");
        Set<String> weekdays = DateVocabulary.load().weekdays().keySet();
        return new Vocabulary(lower(cues, "inverted"), lower(cues, "reporting"), lower(cues, "according"),
                lower(cues, "complementizer"), lower(titles, "title"), lower(titles, "regional"), lower(titles, "rank"), affixes(titles), weekdays);
    }

    /** The "[field]" lines "ke- -an": a prefix and a suffix, each a word's edge. */
    private static List<String[]> affixes(Map<String, List<String>> groups) {
        return groups.getOrDefault("field", List.of()).stream()
                .map(line -> line.toLowerCase(Locale.ROOT).replace("-", "").split("\\s+"))
                .filter(parts -> parts.length == 2)
                .toList();
    }

    /**
     * Whether the normalized word has the shape of an office's field ("Ketenagakerjaan", "Perekonomian"): an
     * abstract noun by its affixes, longer than any name they could be part of.
     */
    boolean isFieldWord(String word) {
        for (String[] affix : fieldAffixes) {
            if (word.length() >= 9 && word.startsWith(affix[0]) && word.endsWith(affix[1])) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lower(Map<String, List<String>> groups, String group) {
        Set<String> words = new HashSet<>();
        groups.getOrDefault(group, List.of()).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return words;
    }

    /** Whether the normalized word is an inverted cue with the speaker folded in: "katanya", "tambahnya". */
    boolean isFoldedCue(String word) {
        return word.endsWith(NYA) && word.length() > NYA.length()
                && (inverted.contains(word.substring(0, word.length() - NYA.length())) || inverted.contains(word));
    }

    /** Whether the normalized word is "menurutnya": the according cue with the speaker folded in. */
    boolean isFoldedAccording(String word) {
        return word.endsWith(NYA) && according.contains(word.substring(0, word.length() - NYA.length()));
    }
}

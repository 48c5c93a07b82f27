package id.peristiwa.text;

import id.peristiwa.lang.LanguagePackFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations of {@code abbreviations.txt}: words whose final period is part of the word. Titles stand
 * before a name or number and never end a sentence; other abbreviations may.
 */
final class Abbreviations {
    enum Kind { NONE, TITLE, ABBREVIATION }

    private final Set<String> titles;
    private final Set<String> others;

    private Abbreviations(Set<String> titles, Set<String> others) {
        this.titles = titles;
        this.others = others;
    }

    static Abbreviations load() {
        Map<String, List<String>> groups = LanguagePackFile.groups("id/peristiwa/lang/id/abbreviations.txt");
        return new Abbreviations(spellings(groups.getOrDefault("title", List.of())),
                spellings(groups.getOrDefault("abbreviation", List.of())));
    }

    /** Each entry as written, and, for an entry that starts in lower case, also with a capital first letter. */
    private static Set<String> spellings(List<String> entries) {
        Set<String> all = new HashSet<>();
        for (String entry : entries) {
            all.add(entry);
            if (Character.isLowerCase(entry.charAt(0))) {
                all.add(Character.toUpperCase(entry.charAt(0)) + entry.substring(1));
            }
        }
        return Set.copyOf(all);
    }

    /** The kind of {@code word}, which includes its final period. */
    Kind kind(String word) {
        if (titles.contains(word)) {
            return Kind.TITLE;
        }
        return others.contains(word) ? Kind.ABBREVIATION : Kind.NONE;
    }
}

package id.peristiwa.text;

import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognizes the clitics of {@code clitics.txt} on a word without splitting them off: "-nya", "-lah", "-kah"
 * at the end, "ku-", "kau-" at the start.
 */
final class Clitics {
    private record Affix(String spelling, TokenFlag flag) {
    }

    private final List<Affix> suffixes;
    private final List<Affix> prefixes;
    private final int minimumStem;
    private final List<String> exceptions;

    private Clitics(List<Affix> suffixes, List<Affix> prefixes, int minimumStem, List<String> exceptions) {
        this.suffixes = suffixes;
        this.prefixes = prefixes;
        this.minimumStem = minimumStem;
        this.exceptions = exceptions;
    }

    static Clitics load() {
        Map<String, List<String>> groups = LanguagePackFile.groups("id/peristiwa/lang/id/clitics.txt");
        List<String> exceptions = new ArrayList<>();
        for (String word : groups.getOrDefault("not-clitic", List.of())) {
            exceptions.add(word.toLowerCase(Locale.ROOT));
        }
        return new Clitics(affixes(groups.get("suffix")), affixes(groups.get("prefix")),
                Integer.parseInt(groups.get("minimum-stem").getFirst()), List.copyOf(exceptions));
    }

    private static List<Affix> affixes(List<String> lines) {
        List<Affix> affixes = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            affixes.add(new Affix(parts[0], TokenFlag.valueOf(parts[1])));
        }
        // Longer spellings first: "kaulihat" is "kau-", never "ka-" plus something.
        affixes.sort((a, b) -> b.spelling().length() - a.spelling().length());
        return List.copyOf(affixes);
    }

    /** Adds to {@code flags} the clitics that {@code word} (lower case, letters only) carries. */
    void flag(String word, EnumSet<TokenFlag> flags) {
        for (Affix suffix : suffixes) {
            if (word.length() - suffix.spelling().length() >= minimumStem && word.endsWith(suffix.spelling())
                    && !excepted(word, true)) {
                flags.add(suffix.flag());
                break;
            }
        }
        for (Affix prefix : prefixes) {
            if (word.length() - prefix.spelling().length() >= minimumStem && word.startsWith(prefix.spelling())
                    && !excepted(word, false)) {
                flags.add(prefix.flag());
                break;
            }
        }
    }

    private boolean excepted(String word, boolean atEnd) {
        for (String exception : exceptions) {
            if (atEnd ? word.endsWith(exception) : word.startsWith(exception)) {
                return true;
            }
        }
        return false;
    }
}

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
    /**
     * An affix with the exceptions that can apply to it: those that end (for a prefix, start) with its spelling or
     * that its spelling ends (starts) with. No other exception can end (start) a word that carries it, so each
     * word is checked against a handful instead of the whole list.
     */
    private record Affix(String spelling, TokenFlag flag, List<String> exceptions) {
    }

    private final List<Affix> suffixes;
    private final List<Affix> prefixes;
    private final int minimumStem;
    /** The last letters of the suffixes and the first letters of the prefixes: most words end and start otherwise. */
    private final String suffixEnds;
    private final String prefixStarts;

    private Clitics(List<Affix> suffixes, List<Affix> prefixes, int minimumStem) {
        this.suffixes = suffixes;
        this.prefixes = prefixes;
        this.minimumStem = minimumStem;
        this.suffixEnds = letters(suffixes, true);
        this.prefixStarts = letters(prefixes, false);
    }

    /** The distinct last ({@code atEnd}) or first letters of the affixes' spellings. */
    private static String letters(List<Affix> affixes, boolean atEnd) {
        StringBuilder letters = new StringBuilder();
        for (Affix affix : affixes) {
            String spelling = affix.spelling();
            char c = spelling.charAt(atEnd ? spelling.length() - 1 : 0);
            if (letters.indexOf(String.valueOf(c)) < 0) {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    static Clitics load() {
        Map<String, List<String>> groups = LanguagePackFile.groups("id/peristiwa/lang/id/clitics.txt");
        List<String> exceptions = new ArrayList<>();
        for (String word : groups.getOrDefault("not-clitic", List.of())) {
            exceptions.add(word.toLowerCase(Locale.ROOT));
        }
        return new Clitics(affixes(groups.get("suffix"), exceptions, true),
                affixes(groups.get("prefix"), exceptions, false),
                Integer.parseInt(groups.get("minimum-stem").getFirst()));
    }

    private static List<Affix> affixes(List<String> lines, List<String> exceptions, boolean atEnd) {
        List<Affix> affixes = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            String spelling = parts[0];
            List<String> relevant = exceptions.stream()
                    .filter(e -> atEnd ? e.endsWith(spelling) || spelling.endsWith(e)
                            : e.startsWith(spelling) || spelling.startsWith(e))
                    .toList();
            affixes.add(new Affix(spelling, TokenFlag.valueOf(parts[1]), relevant));
        }
        // Longer spellings first: "kaulihat" is "kau-", never "ka-" plus something.
        affixes.sort((a, b) -> b.spelling().length() - a.spelling().length());
        return List.copyOf(affixes);
    }

    /** Adds to {@code flags} the clitics that {@code word} (lower case, letters only) carries. */
    void flag(String word, EnumSet<TokenFlag> flags) {
        if (word.isEmpty()) {
            return;
        }
        if (suffixEnds.indexOf(word.charAt(word.length() - 1)) >= 0) {
            flagAffix(word, suffixes, true, flags);
        }
        if (prefixStarts.indexOf(word.charAt(0)) >= 0) {
            flagAffix(word, prefixes, false, flags);
        }
    }

    /** Adds the flag of the first of {@code affixes} that {@code word} carries at its end or start. */
    private void flagAffix(String word, List<Affix> affixes, boolean atEnd, EnumSet<TokenFlag> flags) {
        for (Affix affix : affixes) {
            if (word.length() - affix.spelling().length() >= minimumStem && hasAt(word, affix.spelling(), atEnd)
                    && !excepted(word, affix, atEnd)) {
                flags.add(affix.flag());
                return;
            }
        }
    }

    private static boolean excepted(String word, Affix affix, boolean atEnd) {
        for (String exception : affix.exceptions()) {
            if (hasAt(word, exception, atEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends ({@code atEnd}) or starts with {@code part}. */
    private static boolean hasAt(String word, String part, boolean atEnd) {
        return atEnd ? word.endsWith(part) : word.startsWith(part);
    }
}

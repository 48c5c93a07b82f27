package id.peristiwa.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that the gazetteer's names of one kind are made of, word by word: which words are a whole one-word
 * name ("Golkar", "UNICEF"), which start a longer name ("Trans" of "Trans TV") and which carry one on ("TV").
 * Made for statistical name finders, which read "this word could start a known organization" as a feature and
 * weigh it against the context; which words go together is left out on purpose, so that a lookup is one word.
 * Immutable and safe to share between threads.
 */
public final class NameWords {
    /** The word is a whole one-word name. */
    public static final int WHOLE = 1;
    /** The word is the first word of a longer name. */
    public static final int FIRST = 2;
    /** The word is a later word of a longer name. */
    public static final int LATER = 4;

    /** Lower-case word to its parts, from forms that write it in lower case and so match it in any case. */
    private final Map<String, Integer> any;
    /** Lower-case word to its parts, from forms that write it with a capital, which the text must have too. */
    private final Map<String, Integer> capital;
    /** Word to its parts, from forms that must be written exactly so ("AS", "UN"; not "as"). */
    private final Map<String, Integer> exact;

    private NameWords(Map<String, Integer> any, Map<String, Integer> capital, Map<String, Integer> exact) {
        this.any = Map.copyOf(any);
        this.capital = Map.copyOf(capital);
        this.exact = Map.copyOf(exact);
    }

    /**
     * The parts a word plays in names of this kind: {@link #WHOLE}, {@link #FIRST}, {@link #LATER} or'ed
     * together, 0 for none. The word's case must agree with the name's as the gazetteer writes it: a word
     * written there with a capital counts only when capitalized ("Antara" the agency, not "antara" between), a
     * name in exact case only as written ("AS" is a country, "as" is not); a word written in lower case counts
     * in any case.
     *
     * @param word one word as written
     */
    public int parts(String word) {
        if (word.isEmpty()) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int p = any.getOrDefault(lower, 0) | exact.getOrDefault(word, 0);
        return Character.isUpperCase(word.charAt(0)) ? p | capital.getOrDefault(lower, 0) : p;
    }

    /** Collects the forms of one kind. */
    static final class Builder {
        private final Map<String, Integer> any = new HashMap<>();
        private final Map<String, Integer> capital = new HashMap<>();
        private final Map<String, Integer> exact = new HashMap<>();

        void add(Form form) {
            String[] keys = form.keys();
            String[] written = form.written();
            for (int i = 0; i < keys.length; i++) {
                int part = keys.length == 1 ? WHOLE : i == 0 ? FIRST : LATER;
                if (form.rule() == Form.CaseRule.EXACT) {
                    exact.merge(written[i], part, (a, b) -> a | b);
                } else if (Character.isUpperCase(written[i].codePointAt(0))) {
                    capital.merge(keys[i], part, (a, b) -> a | b);
                } else {
                    any.merge(keys[i], part, (a, b) -> a | b);
                }
            }
        }

        NameWords build() {
            return new NameWords(any, capital, exact);
        }
    }
}

package id.peristiwa.time;

import id.peristiwa.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word sequences with a value each, matched forward on normalized tokens, longest first. The joined string of
 * several tokens is only built when the first token starts some phrase, so that scanning a sentence costs a
 * set lookup per token.
 */
final class Phrases<V> {
    private final Map<String, V> values;
    private final Set<String> firstWords = new HashSet<>();
    private final int longest;

    /** @param values phrases as space-separated lower-case words, with their values */
    Phrases(Map<String, V> values) {
        this.values = Map.copyOf(values);
        int max = 0;
        for (String phrase : this.values.keySet()) {
            String[] words = phrase.split(" ");
            firstWords.add(words[0]);
            max = Math.max(max, words.length);
        }
        this.longest = max;
    }

    /** The longest phrase starting at token {@code at}, or null. */
    Match<V> at(List<Token> tokens, int at) {
        if (at >= tokens.size() || !firstWords.contains(tokens.get(at).normalized())) {
            return null;
        }
        int words = Math.min(longest, tokens.size() - at);
        for (; words >= 1; words--) {
            StringBuilder phrase = new StringBuilder(tokens.get(at).normalized());
            for (int k = 1; k < words; k++) {
                phrase.append(' ').append(tokens.get(at + k).normalized());
            }
            V value = values.get(phrase.toString());
            if (value != null) {
                return new Match<>(at + words, value);
            }
        }
        return null;
    }

    /**
     * A phrase found.
     *
     * @param end   the index of the token after it
     * @param value its value
     */
    record Match<V>(int end, V value) {
    }
}

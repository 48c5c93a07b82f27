package id.peristiwa.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A map from words to what they start (dictionary entries, cue readings), read once per token of running text:
 * a {@link KeyFilter} of its words answers most tokens, which start nothing, before the map is touched.
 * Immutable and thread-safe.
 *
 * @param <V> what a word maps to
 */
public final class WordLookup<V> {
    private final Map<String, V> map;
    private final KeyFilter words;

    private WordLookup(Map<String, V> map, int log2Bits) {
        // A private copy, never changed after this: a hash map, as the callers' maps were, for the lookups.
        this.map = new HashMap<>(map);
        this.words = new KeyFilter(log2Bits);
        this.map.keySet().forEach(words::add);
    }

    /**
     * The words of {@code map} and their values, with a filter of {@code 2^log2Bits} bits: a few times the number
     * of words keeps the tokens that pass it without being a word to a few percent.
     */
    public static <V> WordLookup<V> of(Map<String, V> map, int log2Bits) {
        return new WordLookup<>(map, log2Bits);
    }

    /** What {@code word} maps to, or null. */
    public V get(String word) {
        return words.mayContain(word) ? map.get(word) : null;
    }
}

package id.peristiwa.lang.id;

import java.util.List;

/**
 * Finds a word of a text in a fixed list of lower-case words, ignoring case, without building a string: the
 * identifier looks up every word of every article it reads. Open addressing over the words' hashes. Immutable
 * and thread-safe.
 */
final class WordTable {
    private final String[] slots;
    private final int[] indexes;
    private final int mask;

    /** @param words distinct lower-case words; a word's index in the list is what {@link #indexOf} answers */
    WordTable(List<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        this.slots = new String[size];
        this.indexes = new int[size];
        this.mask = size - 1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int slot = hash(word, 0, word.length()) & mask;
            while (slots[slot] != null) {
                if (slots[slot].equals(word)) {
                    throw new IllegalArgumentException("word listed twice: " + word);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            indexes[slot] = w;
        }
    }

    /** The index of {@code text[from, to)} in the list, in any case; -1 when it is not listed. */
    int indexOf(String text, int from, int to) {
        int length = to - from;
        for (int slot = hash(text, from, to) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String word = slots[slot];
            if (word.length() == length && text.regionMatches(true, from, word, 0, length)) {
                return indexes[slot];
            }
        }
        return -1;
    }

    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // ASCII by comparison, the rest by the JDK's tables (most of the words looked up are ASCII).
            h = 31 * h + (c < 128 ? c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c : Character.toLowerCase(c));
        }
        return h ^ h >>> 16;
    }
}

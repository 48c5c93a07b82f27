package id.peristiwa.store;

import java.util.Arrays;

/**
 * The word shingles of a text, as 64-bit hashes: every run of {@value #WORDS} consecutive words. A word is a
 * maximal run of letters and digits, compared lower-cased, so punctuation, spacing and capitals do not make two
 * copies of a wire story differ. Language-neutral: it knows nothing of Indonesian.
 *
 * <p>Words are hashed while the text is scanned, without cutting substrings, because every stored article passes
 * through here.
 */
final class Shingles {

    /** Words per shingle: long enough that shared stock phrases ("kata dia kepada wartawan") rarely match. */
    static final int WORDS = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /**
     * The distinct shingle hashes of {@code text}, sorted. A text of fewer than {@value #WORDS} words but at least
     * one gives a single shingle of all its words; a text without words gives none.
     */
    static long[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return words;
        }
        int count = Math.max(1, words.length - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
                h = Long.rotateLeft(h, 23) ^ words[j];
            }
            shingles[i] = Mix.mix64(h);
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    private static long[] wordHashes(String text) {
        long[] hashes = new long[Math.max(16, text.length() / 6)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n + 1);
            }
            hashes[n++] = h;
        }
        return Arrays.copyOf(hashes, n);
    }
}

package id.peristiwa.store;

/**
 * MinHash signatures: for each of {@value #SIZE} hash functions, the least hash of a text's shingles. The share
 * of positions where two signatures agree estimates the Jaccard similarity of the two shingle sets (standard
 * error about 0.044 at {@value #SIZE} positions). Values are kept to 32 bits, which halves the stored size and
 * adds a chance of 2<sup>-32</sup> per position of a false agreement.
 */
final class MinHash {

    /** Positions in a signature. */
    static final int SIZE = 128;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of a set of shingle hashes; null when there are none (an empty text resembles nothing). */
    static int[] signature(long[] shingles) {
        if (shingles.length == 0) {
            return null;
        }
        long[] least = new long[SIZE];
        java.util.Arrays.fill(least, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = Mix.mix64(shingle ^ SEEDS[i]);
                if (h < least[i]) {
                    least[i] = h;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            signature[i] = (int) (least[i] >>> 32);
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** Fixed seeds, so that signatures stored by one run compare with those of the next. */
    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5045524953544957L; // any constant will do; it must simply never change
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = Mix.mix64(state);
        }
        return seeds;
    }
}

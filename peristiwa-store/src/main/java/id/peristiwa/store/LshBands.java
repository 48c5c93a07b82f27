package id.peristiwa.store;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the {@value MinHash#SIZE} positions are cut into
 * {@value #BANDS} bands of {@value #ROWS}; two signatures that agree on every row of some band land in the same
 * bucket of that band. Two texts of Jaccard similarity s share a bucket with probability 1 - (1 - s^4)^32: 0.999
 * at s = 0.7, 0.87 at 0.5, 0.23 at 0.3, so candidates above {@link #THRESHOLD} are almost never missed while most
 * unrelated pairs are never compared.
 *
 * <p>Two articles are near-duplicates ({@link #linked}) when they share a bucket and their estimated similarity
 * reaches {@link #THRESHOLD}. The rule is symmetric and depends on the two signatures only, so the stories it
 * forms (its connected components) do not depend on the order articles arrive in.
 */
final class LshBands {

    /** Bands per signature. */
    static final int BANDS = 32;
    /** Signature positions per band. */
    static final int ROWS = MinHash.SIZE / BANDS;
    /**
     * The least estimated Jaccard similarity of two copies of one story. A wire story republished with its own
     * intro and footer keeps most of its five-word shingles (0.6 and up); two reports of one event written
     * separately share few (below 0.2).
     */
    static final double THRESHOLD = 0.5;

    private LshBands() {
    }

    /** The bucket of each band of a signature; the band's number is mixed in, so buckets never clash across bands. */
    static long[] buckets(int[] signature) {
        long[] buckets = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
                h = Mix.mix64(h * 31 + signature[row]);
            }
            buckets[band] = h;
        }
        return buckets;
    }

    /** Whether two signatures share a band and are similar enough to be copies of one story. */
    static boolean linked(int[] a, int[] b) {
        return shareBand(a, b) && MinHash.similarity(a, b) >= THRESHOLD;
    }

    private static boolean shareBand(int[] a, int[] b) {
        for (int band = 0; band < BANDS; band++) {
            boolean same = true;
            for (int row = band * ROWS; row < (band + 1) * ROWS && same; row++) {
                same = a[row] == b[row];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}

package id.peristiwa.ner;

/**
 * Turns a feature (a template number and its parts) into a bucket of a table of {@code 2^bits} rows without
 * building a string. Deterministic across runs and machines: it mixes {@link String#hashCode()} values, which
 * the Java specification fixes, and characters.
 */
final class FeatureHasher {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final int shift;

    FeatureHasher(int bits) {
        if (bits < 8 || bits > 30) {
            throw new IllegalArgumentException("bits " + bits);
        }
        this.shift = 64 - bits;
    }

    static long start(int template) {
        return (template + 1) * GOLDEN;
    }

    static long add(long h, int value) {
        return (h ^ value) * GOLDEN + 0x632BE59BD9B4E019L;
    }

    static long add(long h, String s) {
        return add(h, s.hashCode());
    }

    /** Adds the characters {@code s[from, to)}, the same as adding {@code s.substring(from, to)}. */
    static long add(long h, String s, int from, int to) {
        int sh = 0;
        for (int i = from; i < to; i++) {
            sh = 31 * sh + s.charAt(i);
        }
        return add(h, sh);
    }

    /** The bucket of a finished hash. */
    int bucket(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h >>> shift);
    }
}

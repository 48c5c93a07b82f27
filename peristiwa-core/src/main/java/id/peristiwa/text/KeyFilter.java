package id.peristiwa.text;

/**
 * Which words may be keys of a large map, from one bit per word hash: the table is small enough to stay in the
 * processor's nearest cache, and most words of running text start no entry of a dictionary, so it turns them
 * away before a lookup in the map. A word may be given as a range of a longer text, hashed as
 * {@link String#hashCode()} hashes it, so that it need not be cut out first. Filled before it is shared; reads
 * are then thread-safe.
 */
public final class KeyFilter {
    private final long[] bits;

    /** A filter of {@code 2^log2Bits} bits (at least 64). */
    public KeyFilter(int log2Bits) {
        if (log2Bits < 6 || log2Bits > 24) {
            throw new IllegalArgumentException("log2Bits " + log2Bits);
        }
        this.bits = new long[1 << log2Bits - 6];
    }

    public void add(String key) {
        int bit = bit(key.hashCode());
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False only when {@code key} was never added. */
    public boolean mayContain(String key) {
        return has(bit(key.hashCode()));
    }

    /** {@link #mayContain(String)} of {@code text.substring(from, to)}. */
    public boolean mayContain(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return has(bit(h));
    }

    private boolean has(int bit) {
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private int bit(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ h >>> 16) & (bits.length * Long.SIZE - 1);
    }
}

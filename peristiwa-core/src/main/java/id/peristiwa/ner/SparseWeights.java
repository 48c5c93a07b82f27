package id.peristiwa.ner;

/**
 * The trained weights kept for tagging: only the buckets that carry weight, found through an open-addressing
 * table, each with one row of {@link EntityTags#COUNT} weights. Immutable once built; thread-safe.
 */
final class SparseWeights implements Emissions {
    private static final int STRIDE = 1 + EntityTags.COUNT;
    /** Most rows per slot: linear probing then finds a row in under two slots on average. */
    private static final double MAX_LOAD = 0.6;

    private final int[] buckets;
    private final short[] quantized;
    private final float scale;
    /**
     * The open-addressing table: slot {@code s} holds at {@code s * STRIDE} its bucket (-1 when empty) and right
     * after it that bucket's row, so that a lookup reads one place in memory instead of a key table, a row index
     * table and the row (the tagger's lookups miss the processor caches, and each miss costs more than the work).
     */
    private final int[] table;
    private final int mask;
    /** Bit {@code b} set when bucket {@code b} carries weight: most features looked up carry none, and this
     * small table answers that without touching the large one. */
    private final long[] present;

    /**
     * @param buckets   the buckets that carry weight, distinct, ascending
     * @param quantized {@code quantized[r * COUNT + t]}: the weight of tag {@code t} for {@code buckets[r]},
     *                  in units of {@code scale}
     */
    SparseWeights(int[] buckets, short[] quantized, float scale) {
        if (quantized.length != buckets.length * EntityTags.COUNT) {
            throw new IllegalArgumentException("rows do not match buckets");
        }
        this.buckets = buckets;
        this.quantized = quantized;
        this.scale = scale;
        int size = Integer.highestOneBit(Math.max(4, (int) Math.ceil(buckets.length / MAX_LOAD)) - 1) << 1;
        this.table = new int[size * STRIDE];
        for (int slot = 0; slot < size; slot++) {
            table[slot * STRIDE] = -1;
        }
        this.mask = size - 1;
        this.present = new long[buckets.length == 0 ? 1 : (buckets[buckets.length - 1] >>> 6) + 1];
        for (int b : buckets) {
            present[b >>> 6] |= 1L << b;
        }
        int tags = EntityTags.COUNT;
        for (int r = 0; r < buckets.length; r++) {
            int slot = slot(buckets[r]);
            while (table[slot * STRIDE] != -1) {
                slot = (slot + 1) & mask;
            }
            table[slot * STRIDE] = buckets[r];
            for (int t = 0; t < tags; t++) {
                table[slot * STRIDE + 1 + t] = quantized[r * tags + t];
            }
        }
    }

    /**
     * Keeps the rows of a dense table ({@code dense[b * COUNT + t]}) whose largest weight is at least
     * {@code minimumShare} of the table's largest, rounded to 16-bit steps of the largest weight over 32,767.
     */
    static SparseWeights quantize(float[] dense, float minimumShare) {
        int tags = EntityTags.COUNT;
        float max = 0;
        for (float w : dense) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        float minimum = max * minimumShare;
        int kept = 0;
        boolean[] keep = new boolean[dense.length / tags];
        for (int b = 0; b < keep.length; b++) {
            float top = 0;
            for (int t = 0; t < tags; t++) {
                top = Math.max(top, Math.abs(dense[b * tags + t]));
            }
            keep[b] = top > 0 && top >= minimum && Math.round(top / scale) != 0;
            kept += keep[b] ? 1 : 0;
        }
        int[] buckets = new int[kept];
        short[] q = new short[kept * tags];
        int r = 0;
        for (int b = 0; b < keep.length; b++) {
            if (keep[b]) {
                buckets[r] = b;
                for (int t = 0; t < tags; t++) {
                    q[r * tags + t] = (short) Math.round(dense[b * tags + t] / scale);
                }
                r++;
            }
        }
        return new SparseWeights(buckets, q, scale);
    }

    int[] buckets() {
        return buckets;
    }

    short[] quantized() {
        return quantized;
    }

    float scale() {
        return scale;
    }

    private int slot(int bucket) {
        return (bucket * 0x9E3779B9) >>> 1 & mask;
    }

    /**
     * Adds the weights of {@code features} in units of {@link #scale}: {@code sums[offset + t] += ...} for every
     * tag {@code t}. Sums of whole units are exact in any order, so scores built from partial sums (as
     * {@link CachedEmissions} builds them) equal scores summed feature by feature.
     */
    void addUnits(int[] features, int[] sums, int offset) {
        addUnits(features, features.length, sums, offset);
    }

    /** As {@link #addUnits(int[], int[], int)} for {@code features[0, count)}. */
    void addUnits(int[] features, int count, int[] sums, int offset) {
        // First the features that carry weight, from the small table alone; then their rows. The rows' reads
        // miss the processor caches, and with no unpredictable branch between them the processor overlaps them.
        int[] kept = new int[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            int b = features[i];
            int word = b >>> 6;
            if (word < present.length && (present[word] & 1L << b) != 0) {
                kept[m++] = b;
            }
        }
        int tags = EntityTags.COUNT;
        for (int i = 0; i < m; i++) {
            int b = kept[i];
            int slot = slot(b);
            while (table[slot * STRIDE] != b) {
                slot = (slot + 1) & mask;
            }
            int base = slot * STRIDE + 1;
            for (int t = 0; t < tags; t++) {
                sums[offset + t] += table[base + t];
            }
        }
    }

    @Override
    public void score(int[] features, float[] out) {
        int[] sums = new int[EntityTags.COUNT];
        addUnits(features, sums, 0);
        for (int t = 0; t < sums.length; t++) {
            out[t] += sums[t] * scale;
        }
    }
}

package id.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SparseWeightsTest {
    private static final int TAGS = EntityTags.COUNT;

    @Test
    void sumsTheRowsOfExactlyTheFeaturesThatCarryWeight() {
        Random random = new Random(11);
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < 3_000) {
            chosen.add(random.nextInt(1 << 20));
        }
        chosen.add(0);
        chosen.add(63);
        chosen.add(64);
        int[] buckets = chosen.stream().mapToInt(Integer::intValue).toArray();
        short[] quantized = new short[buckets.length * TAGS];
        Map<Integer, short[]> rows = new HashMap<>();
        for (int r = 0; r < buckets.length; r++) {
            short[] row = new short[TAGS];
            for (int t = 0; t < TAGS; t++) {
                row[t] = (short) (random.nextInt(65_535) - 32_767);
                quantized[r * TAGS + t] = row[t];
            }
            rows.put(buckets[r], row);
        }
        SparseWeights weights = new SparseWeights(buckets, quantized, 0.5f);

        for (int trial = 0; trial < 500; trial++) {
            int[] features = new int[1 + random.nextInt(40)];
            for (int i = 0; i < features.length; i++) {
                features[i] = switch (random.nextInt(4)) {
                    case 0 -> buckets[random.nextInt(buckets.length)];
                    case 1 -> (1 << 20) + random.nextInt(1 << 10);
                    default -> random.nextInt(1 << 20);
                };
            }
            int[] expected = new int[TAGS + 2];
            for (int f : features) {
                short[] row = rows.get(f);
                for (int t = 0; row != null && t < TAGS; t++) {
                    expected[2 + t] += row[t];
                }
            }
            int[] sums = new int[TAGS + 2];
            weights.addUnits(features, sums, 2);
            assertArrayEquals(expected, sums);
        }
    }

    @Test
    void keepsWhatItWasBuiltFromForTheModelFile() {
        int[] buckets = {5, 70, 4_000};
        short[] quantized = new short[buckets.length * TAGS];
        for (int i = 0; i < quantized.length; i++) {
            quantized[i] = (short) (i * 3 - 20);
        }
        SparseWeights weights = new SparseWeights(buckets, quantized, 2f);
        assertArrayEquals(buckets, weights.buckets());
        assertArrayEquals(quantized, weights.quantized());
        float[] out = new float[TAGS];
        weights.score(new int[] {70, 71, 4_000}, out);
        float[] expected = new float[TAGS];
        for (int t = 0; t < TAGS; t++) {
            expected[t] = 2f * (quantized[TAGS + t] + quantized[2 * TAGS + t]);
        }
        assertArrayEquals(expected, out);
    }

    @Test
    void refusesRowsThatDoNotMatchTheBuckets() {
        assertThrows(IllegalArgumentException.class,
                () -> new SparseWeights(new int[] {3}, new short[2 * TAGS], 1f));
    }
}

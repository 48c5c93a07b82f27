package id.peristiwa.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Learns {@link WordClusters} from unlabelled sentences. Each frequent word is described by the words seen one and
 * two places before and after it (positive pointwise mutual information with the most frequent words), that
 * description is reduced to a few dozen dimensions by a seeded randomized range finder, and the words are grouped
 * by spherical k-means; coarser levels group the finest clusters' centroids again. Deterministic for a given seed
 * and input; the parallel steps only split independent work.
 *
 * @param minCount   a word seen fewer times gets no cluster
 * @param maxWords   at most this many words (the most frequent) get a cluster
 * @param contexts   the number of most frequent words used as context
 * @param dimensions the reduced dimension
 * @param sizes      cluster counts per level, coarse first, each dividing the finest
 * @param iterations k-means iterations per level
 * @param seed       seed of the random projection
 */
record ClusterBuilder(int minCount, int maxWords, int contexts, int dimensions, int[] sizes, int iterations,
                      long seed) {
    private static final int SLOTS = 4;
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    /** The settings the shipped model was built with. */
    static ClusterBuilder standard() {
        return new ClusterBuilder(3, 40_000, 1_000, 80, new int[] {64, 256, 1024}, 12, 20_200_527L);
    }

    /** These settings with another projection seed. */
    ClusterBuilder withSeed(long newSeed) {
        return new ClusterBuilder(minCount, maxWords, contexts, dimensions, sizes, iterations, newSeed);
    }

    /**
     * The clusters of the words of {@code cased} (sentences as written, which also give each word's casing
     * class) and {@code caseless} (lower-case sentences, which count for the clusters only).
     */
    WordClusters build(List<String[]> cased, List<String[]> caseless, Consumer<String> log) {
        List<String[]> sentences = new ArrayList<>(cased.size() + caseless.size());
        for (String[] s : cased) {
            String[] lower = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                lower[i] = s[i].toLowerCase(Locale.ROOT);
            }
            sentences.add(lower);
        }
        sentences.addAll(caseless);
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> byFrequency = new ArrayList<>(counts.keySet());
        byFrequency.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder()));
        List<String> vocabulary = byFrequency.stream().filter(w -> counts.get(w) >= minCount).limit(maxWords).toList();
        Map<String, Integer> wordId = index(vocabulary);
        Map<String, Integer> contextId = index(byFrequency.subList(0, Math.min(contexts, byFrequency.size())));
        int width = contexts + 1;
        SparseRows rows = cooccurrences(sentences, wordId, contextId, width);
        log.accept("clusters: " + vocabulary.size() + " words, " + rows.values.length + " context pairs");
        rows.ppmi(SLOTS * width);
        float[] embedding = rows.project(SLOTS * width, dimensions, seed);
        int finest = sizes[sizes.length - 1];
        int[][] ids = new int[sizes.length][];
        float[] weights = new float[vocabulary.size()];
        Arrays.fill(weights, 1);
        KMeans fine = KMeans.run(embedding, weights, dimensions, Math.min(finest, vocabulary.size()), iterations);
        ids[sizes.length - 1] = fine.assignment();
        for (int level = sizes.length - 2; level >= 0; level--) {
            float[] mass = new float[fine.k()];
            for (int c : fine.assignment()) {
                mass[c]++;
            }
            KMeans coarse = KMeans.run(fine.centroids(), mass, dimensions, Math.min(sizes[level], fine.k()),
                    iterations);
            int[] of = new int[vocabulary.size()];
            for (int w = 0; w < of.length; w++) {
                of[w] = coarse.assignment()[fine.assignment()[w]];
            }
            ids[level] = of;
        }
        return new WordClusters(vocabulary, ids, casing(cased, wordId));
    }

    /** Each vocabulary word's {@link CasingClass} ordinal, from its uses after the first word of a sentence. */
    private static byte[] casing(List<String[]> cased, Map<String, Integer> wordId) {
        int n = wordId.size();
        int[] uses = new int[n];
        int[] capitalized = new int[n];
        int[] capitals = new int[n];
        for (String[] s : cased) {
            for (int i = 1; i < s.length; i++) {
                String w = s[i];
                if (!Character.isLetter(w.charAt(0)) || !Character.isLetter(s[i - 1].charAt(s[i - 1].length() - 1))
                        && !Character.isDigit(s[i - 1].charAt(0)) && !",".equals(s[i - 1])) {
                    // After a quotation mark, a colon or a bracket a capital may just open a new clause.
                    continue;
                }
                Integer id = wordId.get(w.toLowerCase(Locale.ROOT));
                if (id == null) {
                    continue;
                }
                uses[id]++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized[id]++;
                    if (w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                        capitals[id]++;
                    }
                }
            }
        }
        byte[] casing = new byte[n];
        for (int w = 0; w < n; w++) {
            casing[w] = (byte) CasingClass.of(uses[w], capitalized[w], capitals[w]).ordinal();
        }
        return casing;
    }

    private static Map<String, Integer> index(List<String> words) {
        Map<String, Integer> m = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            m.put(words.get(i), i);
        }
        return m;
    }

    /** Counts (word, slot, context) triples into sparse rows, one row per vocabulary word. */
    private static SparseRows cooccurrences(List<String[]> sentences, Map<String, Integer> wordId,
                                            Map<String, Integer> contextId, int width) {
        long[] keys = new long[1 << 20];
        int n = 0;
        long columns = (long) SLOTS * width;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer w = wordId.get(s[i]);
                if (w == null) {
                    continue;
                }
                for (int slot = 0; slot < SLOTS; slot++) {
                    int j = i + OFFSETS[slot];
                    int c = j < 0 || j >= s.length ? width - 1 : contextId.getOrDefault(s[j], -1);
                    if (c < 0) {
                        continue;
                    }
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                    }
                    keys[n++] = w * columns + slot * width + c;
                }
            }
        }
        Arrays.sort(keys, 0, n);
        return SparseRows.fromSortedKeys(keys, n, wordId.size(), columns);
    }

    /** A sparse matrix in compressed rows: the word-by-context counts, later their PPMI. */
    private static final class SparseRows {
        final int[] rowStart;
        final int[] column;
        final float[] values;

        private SparseRows(int[] rowStart, int[] column, float[] values) {
            this.rowStart = rowStart;
            this.column = column;
            this.values = values;
        }

        static SparseRows fromSortedKeys(long[] keys, int n, int rows, long columns) {
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                distinct += i == 0 || keys[i] != keys[i - 1] ? 1 : 0;
            }
            int[] rowStart = new int[rows + 1];
            int[] column = new int[distinct];
            float[] values = new float[distinct];
            int d = -1;
            for (int i = 0; i < n; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    d++;
                    column[d] = (int) (keys[i] % columns);
                    rowStart[(int) (keys[i] / columns) + 1]++;
                }
                values[d]++;
            }
            for (int r = 0; r < rows; r++) {
                rowStart[r + 1] += rowStart[r];
            }
            return new SparseRows(rowStart, column, values);
        }

        /** Replaces counts by positive PMI, the context distribution smoothed to the power 0.75. */
        void ppmi(int columns) {
            int rows = rowStart.length - 1;
            double[] rowSum = new double[rows];
            double[] colSum = new double[columns];
            double total = 0;
            for (int r = 0; r < rows; r++) {
                for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                    rowSum[r] += values[i];
                    colSum[column[i]] += values[i];
                    total += values[i];
                }
            }
            double smoothedTotal = 0;
            for (int c = 0; c < columns; c++) {
                colSum[c] = Math.pow(colSum[c], 0.75);
                smoothedTotal += colSum[c];
            }
            for (int r = 0; r < rows; r++) {
                for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                    double pmi = Math.log(values[i] / total / (rowSum[r] / total * colSum[column[i]] / smoothedTotal));
                    values[i] = (float) Math.max(0, pmi);
                }
            }
        }

        /**
         * Each row projected onto an orthonormal basis of the matrix's leading right-singular subspace, found by
         * two rounds of subspace iteration from a seeded Gaussian start; rows scaled to unit length.
         */
        float[] project(int columns, int k, long seed) {
            int rows = rowStart.length - 1;
            Random random = new Random(seed);
            double[] basis = new double[columns * k];
            for (int i = 0; i < basis.length; i++) {
                basis[i] = random.nextGaussian();
            }
            orthonormalize(basis, columns, k);
            for (int round = 0; round < 2; round++) {
                double[] y = times(basis, rows, k);
                double[] z = new double[columns * k];
                for (int r = 0; r < rows; r++) {
                    for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                        int c = column[i];
                        for (int d = 0; d < k; d++) {
                            z[c * k + d] += values[i] * y[r * k + d];
                        }
                    }
                }
                basis = z;
                orthonormalize(basis, columns, k);
            }
            double[] e = times(basis, rows, k);
            float[] out = new float[rows * k];
            for (int r = 0; r < rows; r++) {
                double norm = 0;
                for (int d = 0; d < k; d++) {
                    norm += e[r * k + d] * e[r * k + d];
                }
                double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
                for (int d = 0; d < k; d++) {
                    out[r * k + d] = (float) (e[r * k + d] * scale);
                }
            }
            return out;
        }

        /** This matrix times {@code m} (columns x k, row-major): rows x k, row-major. */
        private double[] times(double[] m, int rows, int k) {
            double[] y = new double[rows * k];
            IntStream.range(0, rows).parallel().forEach(r -> {
                for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
                    int c = column[i];
                    for (int d = 0; d < k; d++) {
                        y[r * k + d] += values[i] * m[c * k + d];
                    }
                }
            });
            return y;
        }

        /** Modified Gram-Schmidt on the k columns of a row-major n x k matrix. */
        private static void orthonormalize(double[] m, int n, int k) {
            for (int j = 0; j < k; j++) {
                for (int p = 0; p < j; p++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += m[i * k + j] * m[i * k + p];
                    }
                    for (int i = 0; i < n; i++) {
                        m[i * k + j] -= dot * m[i * k + p];
                    }
                }
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    norm += m[i * k + j] * m[i * k + j];
                }
                double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
                for (int i = 0; i < n; i++) {
                    m[i * k + j] *= inv;
                }
            }
        }
    }
}

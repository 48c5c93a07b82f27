package id.peristiwa.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of each word of a sentence, as buckets of the weight table: the word and its neighbours in lower
 * case, prefixes and suffixes, the shape of the word and its neighbours, sentence position, and the word classes
 * of the word and its neighbours. Shape features carry whether the sentence uses capitals at all, so that text
 * written all in lower case (as one training set is) does not teach the model that names may be lower case.
 * Immutable and thread-safe.
 */
final class FeatureExtractor {
    private static final String BEFORE = "<s>";
    private static final String AFTER = "</s>";

    private final WordClusters clusters;
    private final FeatureHasher hasher;

    FeatureExtractor(WordClusters clusters, FeatureHasher hasher) {
        this.clusters = clusters;
        this.hasher = hasher;
    }

    WordClusters clusters() {
        return clusters;
    }

    /** {@code features[i]}: the buckets of word {@code i}'s features (no bucket is -1). */
    int[][] extract(List<String> words) {
        int n = words.size();
        boolean cased = false;
        for (String w : words) {
            cased |= hasUpperCase(w);
        }
        String[] lower = new String[n];
        String[] shape = new String[n];
        int levels = clusters.levels();
        int[][] cl = new int[Math.max(levels, 1)][n];
        int[] casing = new int[n];
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            lower[i] = w.toLowerCase(Locale.ROOT);
            shape[i] = shape(cased ? w : lower[i]);
            int wi = clusters.wordIndex(lower[i]);
            casing[i] = clusters.casing(wi);
            for (int l = 0; l < levels; l++) {
                cl[l][i] = clusters.cluster(wi, l);
            }
        }
        int c = cased ? 1 : 0;
        int fine = levels - 1;
        int mid = Math.max(0, levels - 2);
        int[][] features = new int[n][];
        long[] f = new long[64];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String li = lower[i];
            String lp = i > 0 ? lower[i - 1] : BEFORE;
            String ln = i + 1 < n ? lower[i + 1] : AFTER;
            String sp = i > 0 ? shape[i - 1] : BEFORE;
            String sn = i + 1 < n ? shape[i + 1] : AFTER;
            f[k++] = FeatureHasher.add(FeatureHasher.start(0), c);
            f[k++] = FeatureHasher.add(FeatureHasher.start(1), li);
            f[k++] = FeatureHasher.add(FeatureHasher.start(2), lp);
            f[k++] = FeatureHasher.add(FeatureHasher.start(3), ln);
            f[k++] = FeatureHasher.add(FeatureHasher.start(4), i > 1 ? lower[i - 2] : BEFORE);
            f[k++] = FeatureHasher.add(FeatureHasher.start(5), i + 2 < n ? lower[i + 2] : AFTER);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(6), lp), li);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(7), li), ln);
            for (int a = 1; a <= 4 && a < li.length(); a++) {
                f[k++] = FeatureHasher.add(FeatureHasher.start(7 + a), li, 0, a);
                f[k++] = FeatureHasher.add(FeatureHasher.start(11 + a), li, li.length() - a, li.length());
            }
            long sh = FeatureHasher.add(FeatureHasher.start(16), c);
            f[k++] = FeatureHasher.add(sh, shape[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 17), sp), shape[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 18), shape[i]), sn);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 19), sp),
                    shape[i]), sn);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 20), i == 0 ? 1 : 0), shape[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 21), lp), shape[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 22), shape[i]), ln);
            if (cased) {
                f[k++] = FeatureHasher.add(FeatureHasher.start(23), words.get(i));
            }
            f[k++] = FeatureHasher.add(FeatureHasher.start(24), Math.min(li.length(), 10));
            for (int l = 0; l < levels; l++) {
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(30), l), cl[l][i]);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(31), l), i > 0 ? cl[l][i - 1] : -2);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(32), l), i + 1 < n ? cl[l][i + 1] : -3);
            }
            int kp = i > 0 ? casing[i - 1] : -2;
            int kn = i + 1 < n ? casing[i + 1] : -3;
            f[k++] = FeatureHasher.add(FeatureHasher.add(sh, 40), casing[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 41), casing[i]), shape[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(42), kp), casing[i]), kn);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(43), kp), casing[i]);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(44), casing[i]), kn);
            if (levels > 0) {
                int p = i > 0 ? cl[mid][i - 1] : -2;
                int q = i + 1 < n ? cl[mid][i + 1] : -3;
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(33), p), cl[mid][i]);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(34), cl[mid][i]), q);
                f[k++] = FeatureHasher.add(FeatureHasher.start(35), i > 1 ? cl[fine][i - 2] : -2);
                f[k++] = FeatureHasher.add(FeatureHasher.start(36), i + 2 < n ? cl[fine][i + 2] : -3);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 37), cl[fine][i]), shape[i]);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(38), lp), cl[fine][i]);
            }
            // Each feature twice: once shared, once for cased or caseless text only, so that the two kinds of
            // training text share what they agree on and keep apart what they do not.
            int[] buckets = new int[2 * k];
            for (int j = 0; j < k; j++) {
                buckets[2 * j] = hasher.bucket(f[j]);
                buckets[2 * j + 1] = hasher.bucket(FeatureHasher.add(f[j], 7919 + c));
            }
            features[i] = buckets;
        }
        return features;
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word's shape: capitals as {@code X}, small letters as {@code x}, digits as {@code d}, anything else
     * as itself, each run shortened to one ("Al-Qaeda" is {@code Xx-Xx}, "2027" is {@code d}).
     */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char s = Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }
}

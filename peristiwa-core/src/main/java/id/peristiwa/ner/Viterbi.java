package id.peristiwa.ner;

/**
 * The best tag sequence under a first-order linear model, with the BIO constraint that an {@code I-X} only follows
 * a {@code B-X} or an {@code I-X}. Stateless.
 */
final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param emissions   {@code emissions[i][t]}: the score of tag {@code t} at word {@code i}
     * @param transitions {@code transitions[(p + 1) * T + t]}: the score of tag {@code t} after tag {@code p}
     *                    ({@code p = -1} at the sentence start), {@code T} = {@link EntityTags#COUNT}
     * @return the highest-scoring allowed tags; ties go to the lower tag index
     */
    static int[] decode(float[][] emissions, float[] transitions) {
        int tags = EntityTags.COUNT;
        float[] flat = new float[emissions.length * tags];
        for (int i = 0; i < emissions.length; i++) {
            System.arraycopy(emissions[i], 0, flat, i * tags, tags);
        }
        return decode(flat, emissions.length, transitions);
    }

    /** As {@link #decode(float[][], float[])} with {@code emissions[i * T + t]} for {@code n} words. */
    static int[] decode(float[] emissions, int n, float[] transitions) {
        int tags = EntityTags.COUNT;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[] score = new double[tags];
        double[] next = new double[tags];
        byte[] back = new byte[n * tags]; // a tag index fits a byte: there are 1 + 2 * kinds tags
        for (int t = 0; t < tags; t++) {
            score[t] = EntityTags.allowed(-1, t) ? emissions[t] + transitions[t] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                if (emissions[i * tags + t] == Float.NEGATIVE_INFINITY) {
                    // A tag the word cannot take (most words away from capitals can only be outside a name):
                    // no best path passes through it, so its predecessor is never read.
                    next[t] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < tags; p++) {
                    if (!EntityTags.allowed(p, t)) {
                        continue;
                    }
                    double s = score[p] + transitions[(p + 1) * tags + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[t] = top + emissions[i * tags + t];
                back[i * tags + t] = (byte) arg;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int arg = 0;
        for (int t = 1; t < tags; t++) {
            if (score[t] > score[arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i * tags + arg];
        }
        return best;
    }
}

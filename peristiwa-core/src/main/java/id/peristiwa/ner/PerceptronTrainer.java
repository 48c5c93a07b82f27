package id.peristiwa.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link SequenceModel} with the averaged structured perceptron: for each training sentence in a seeded
 * random order, decode with the current weights and, where the best tags differ from the gold ones, add the gold
 * features' weights and subtract the predicted ones'. With feature dropout, each visit to a sentence hides a
 * random share of each word's features, both from decoding and from the update, so that no single feature (the
 * word itself, most of all) can carry a decision alone and the others learn to carry it too. The averaged weights
 * after each epoch are scored on validation data, with every feature, and the best epoch is kept. Deterministic
 * for a given seed.
 */
final class PerceptronTrainer {
    /**
     * Feature rows whose largest averaged weight is under this share of the model's largest are dropped: most
     * hashed features are seen a few times and end near zero, and dropping them keeps the shipped model small.
     * At 0.03 a model trained on every feature shrank from 2.9 MB to 1.5 MB for about 0.005 macro-F1 on the
     * validation files (NERGrit 0.7451 to 0.7400, NERP 0.7852 to 0.7802); trained with feature dropout 0.4 it keeps
     * 319,000 rows (3.5 MB), and pruning it at 0.045 (241,000 rows) cost 0.001 of validation macro-F1.
     */
    static final float PRUNE_SHARE = 0.03f;

    /** A training sentence: each word's feature buckets and its gold tag index. */
    record Example(int[][] features, int[] gold) {
        /**
         * This sentence with each feature of each word kept with probability {@code 1 - share} (both its buckets,
         * {@link FeatureExtractor#BUCKETS_PER_FEATURE}), the rest hidden.
         */
        Example thinned(Random random, double share) {
            int[][] kept = new int[features.length][];
            int per = FeatureExtractor.BUCKETS_PER_FEATURE;
            for (int i = 0; i < kept.length; i++) {
                int[] all = features[i];
                int[] some = new int[all.length];
                int k = 0;
                for (int j = 0; j < all.length; j += per) {
                    if (random.nextDouble() >= share) {
                        System.arraycopy(all, j, some, k, per);
                        k += per;
                    }
                }
                kept[i] = Arrays.copyOf(some, k);
            }
            return new Example(kept, gold);
        }
    }

    private final int hashBits;
    private final WordClusters clusters;
    private final float[] weights;
    private final float[] accumulated;
    private final float[] transitions;
    private final float[] accumulatedTransitions;
    private long step = 1;

    PerceptronTrainer(int hashBits, WordClusters clusters) {
        this.hashBits = hashBits;
        this.clusters = clusters;
        this.weights = new float[(1 << hashBits) * EntityTags.COUNT];
        this.accumulated = new float[weights.length];
        this.transitions = new float[(EntityTags.COUNT + 1) * EntityTags.COUNT];
        this.accumulatedTransitions = new float[transitions.length];
    }

    /**
     * Averaged weights, before the rows that carry little are pruned: what training gives, and what several
     * trainings average to.
     *
     * @param weights     {@code weights[b * COUNT + t]}: the weight of tag {@code t} for bucket {@code b}
     * @param transitions as {@link SequenceModel#transitions()}
     */
    record Averaged(float[] weights, float[] transitions) {
        /** The element-wise sum of these weights and {@code other}'s. */
        Averaged plus(Averaged other) {
            return new Averaged(sum(weights, other.weights), sum(transitions, other.transitions));
        }

        /** These weights divided by {@code n}: the mean of {@code n} trainings summed with {@link #plus}. */
        Averaged dividedBy(int n) {
            return new Averaged(quotient(weights, n), quotient(transitions, n));
        }

        /** The model that keeps the rows carrying weight ({@link #PRUNE_SHARE}). */
        SequenceModel model(int hashBits, WordClusters clusters) {
            return new SequenceModel(hashBits, clusters, SparseWeights.quantize(weights, PRUNE_SHARE), transitions);
        }

        private static float[] sum(float[] a, float[] b) {
            float[] out = new float[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] + b[i];
            }
            return out;
        }

        private static float[] quotient(float[] a, int n) {
            float[] out = new float[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] / n;
            }
            return out;
        }
    }

    /**
     * Runs {@code epochs} passes and returns the averaged weights of the epoch whose {@code validation} score was
     * highest (the latest on a tie, so the last epoch when there is no validation data).
     *
     * @param dropout the share of each word's features hidden at each visit to its sentence, in [0, 1); 0 trains
     *                on every feature
     */
    Averaged train(List<Example> examples, int epochs, long seed, double dropout,
                   ToDoubleFunction<SequenceModel> validation, Consumer<String> log) {
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        Random hiding = new Random(seed * 31 + 7); // a stream of its own, so that dropout leaves the order as it was
        Emissions current = (features, out) -> {
            for (int b : features) {
                int base = b * EntityTags.COUNT;
                for (int t = 0; t < EntityTags.COUNT; t++) {
                    out[t] += weights[base + t];
                }
            }
        };
        Averaged best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            int mistakes = 0;
            for (Example all : order) {
                Example e = dropout > 0 ? all.thinned(hiding, dropout) : all;
                int[] predicted = Viterbi.decode(current.scoreAll(e.features()), transitions);
                mistakes += update(e, predicted);
                step++;
            }
            Averaged averaged = averaged();
            double score = validation.applyAsDouble(averaged.model(hashBits, clusters));
            log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d sentences with mistakes, validation %.4f",
                    epoch, mistakes, score));
            if (score >= bestScore) {
                bestScore = score;
                best = averaged;
            }
        }
        return best;
    }

    private int update(Example e, int[] predicted) {
        int[] gold = e.gold();
        boolean wrong = false;
        int tags = EntityTags.COUNT;
        for (int i = 0; i < gold.length; i++) {
            int g = gold[i];
            int p = predicted[i];
            int gp = i == 0 ? -1 : gold[i - 1];
            int pp = i == 0 ? -1 : predicted[i - 1];
            if (g != p) {
                wrong = true;
                for (int b : e.features()[i]) {
                    add(weights, accumulated, b * tags + g, 1);
                    add(weights, accumulated, b * tags + p, -1);
                }
            }
            if (g != p || gp != pp) {
                add(transitions, accumulatedTransitions, (gp + 1) * tags + g, 1);
                add(transitions, accumulatedTransitions, (pp + 1) * tags + p, -1);
            }
        }
        return wrong ? 1 : 0;
    }

    private void add(float[] w, float[] acc, int index, int delta) {
        w[index] += delta;
        acc[index] += delta * (float) step;
    }

    /** The average of the weights over all steps so far: {@code w - acc / step}. */
    private Averaged averaged() {
        float[] avg = new float[weights.length];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = weights[i] - accumulated[i] / step;
        }
        float[] trans = new float[transitions.length];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = transitions[i] - accumulatedTransitions[i] / step;
        }
        return new Averaged(avg, trans);
    }
}

package id.peristiwa.ner;

import java.util.List;

/**
 * A trained first-order linear sequence model over BIO tags: features of each word, weights that score each tag,
 * transition scores between tags, and Viterbi decoding. Immutable and thread-safe.
 *
 * @param hashBits    the size of the feature table as a power of two
 * @param clusters    the word classes the features use
 * @param weights     the per-feature tag weights
 * @param transitions {@code transitions[(p + 1) * COUNT + t]}, see {@link Viterbi#decode}
 */
record SequenceModel(int hashBits, WordClusters clusters, SparseWeights weights, float[] transitions) {
    SequenceModel {
        if (transitions.length != (EntityTags.COUNT + 1) * EntityTags.COUNT) {
            throw new IllegalArgumentException("transition table of wrong size");
        }
    }

    FeatureExtractor extractor() {
        return new FeatureExtractor(clusters, new FeatureHasher(hashBits), NameCues.indonesian(),
                KnownNames.indonesian());
    }

    /**
     * The tag indexes of {@code words}, decoded with {@code extractor} (which must be this model's) from every
     * feature of every word, where a word with no letter begins no name ({@link EntityTags#forbidBegins}).
     */
    int[] decode(FeatureExtractor extractor, List<String> words) {
        float[][] emissions = weights.scoreAll(extractor.extract(words));
        for (int i = 0; i < emissions.length; i++) {
            if (!FeatureExtractor.hasLetter(FeatureExtractor.shape(words.get(i)))) {
                EntityTags.forbidBegins(emissions[i], 0);
            }
        }
        return Viterbi.decode(emissions, transitions);
    }
}

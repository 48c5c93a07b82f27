package id.peristiwa.ner;

/** The per-tag scores of one word's features under some weight table. */
interface Emissions {
    /** Adds into {@code out[t]}, for every tag {@code t}, the weights of {@code features} (buckets) for it. */
    void score(int[] features, float[] out);

    /** The emission matrix of a whole sentence. */
    default float[][] scoreAll(int[][] features) {
        float[][] e = new float[features.length][EntityTags.COUNT];
        for (int i = 0; i < features.length; i++) {
            score(features[i], e[i]);
        }
        return e;
    }
}

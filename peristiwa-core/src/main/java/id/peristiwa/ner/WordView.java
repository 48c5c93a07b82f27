package id.peristiwa.ner;

/**
 * What the features read of one word: its form as written, in lower case, its shape, its casing class and its
 * word classes (coarse first). The words before and after a sentence are stand-ins with fixed values.
 *
 * @param surface  the word as written (null for a stand-in)
 * @param lower    the word in lower case
 * @param shape    see {@link FeatureExtractor#shape}, of the lower-case form in a caseless sentence
 * @param casing   the {@link CasingClass} ordinal, or the stand-in's marker
 * @param clusters the word's class at each level (not to be changed)
 * @param cue      the word's {@link NameCues} groups
 * @param known    the parts the word plays in the gazetteer's names, see {@link KnownNames#of}
 * @param capital  whether the word counts as capitalized: written so in a cased sentence, usually written so
 *                 in a caseless one
 */
record WordView(String surface, String lower, String shape, int casing, int[] clusters, int cue, int known,
                boolean capital) {
    static WordView boundary(String marker, int value, int levels) {
        int[] cl = new int[levels];
        java.util.Arrays.fill(cl, value);
        return new WordView(null, marker, marker, value, cl, 0, 0, false);
    }

    /** Whether the word holds a letter ({@link FeatureExtractor#hasLetter}). */
    boolean hasLetter() {
        return FeatureExtractor.hasLetter(shape);
    }
}

package id.peristiwa.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributional word classes: for each known lower-case word, its cluster at several granularities (coarse to
 * fine), learnt from unlabelled news text by {@link ClusterBuilder}. Words of similar use ("jakarta",
 * "surabaya", "medan") share clusters, which lets the tagger generalise to names it never saw labelled.
 * Immutable.
 */
final class WordClusters {
    /** The cluster id given for a word the table does not hold. */
    static final int UNKNOWN = -1;
    private static final WordClusters NONE = new WordClusters(List.of(), new int[0][0], new byte[0]);

    private final List<String> words;
    private final int[][] ids;
    private final byte[] casing;
    private final Map<String, Integer> index;

    /**
     * @param words  the known words
     * @param ids    {@code ids[level][word]}: the cluster of each word at each level, coarse first
     * @param casing each word's {@link CasingClass} ordinal: how it is usually written inside a sentence
     */
    WordClusters(List<String> words, int[][] ids, byte[] casing) {
        this.words = List.copyOf(words);
        this.ids = ids;
        this.casing = casing;
        if (casing.length != words.size()) {
            throw new IllegalArgumentException("casing does not cover every word");
        }
        this.index = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        for (int[] level : ids) {
            if (level.length != words.size()) {
                throw new IllegalArgumentException("a cluster level does not cover every word");
            }
        }
    }

    /** A table that knows no word (features from clusters are then constant). */
    static WordClusters none() {
        return NONE;
    }

    int levels() {
        return ids.length;
    }

    int size() {
        return words.size();
    }

    /** The position of {@code lowerCaseWord} in the table, or -1. */
    int wordIndex(String lowerCaseWord) {
        Integer i = index.get(lowerCaseWord);
        return i == null ? -1 : i;
    }

    /** The cluster at {@code level} of the word at {@code wordIndex} ({@link #UNKNOWN} for -1). */
    int cluster(int wordIndex, int level) {
        return wordIndex < 0 ? UNKNOWN : ids[level][wordIndex];
    }

    /** The casing class ordinal of the word at {@code wordIndex}; {@link CasingClass#UNSEEN} for -1. */
    int casing(int wordIndex) {
        return wordIndex < 0 ? CasingClass.UNSEEN.ordinal() : casing[wordIndex];
    }

    /**
     * Whether {@code lowerCaseWord} is written with a capital in under half of its uses inside sentences of the
     * text the table was learned from; false for words seen too seldom to say.
     */
    boolean usuallyLowerCase(String lowerCaseWord) {
        int c = casing(wordIndex(lowerCaseWord));
        return c == CasingClass.LOWER.ordinal() || c == CasingClass.SOMETIMES_CAPITALIZED.ordinal();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(ids.length);
        out.writeInt(words.size());
        for (int w = 0; w < words.size(); w++) {
            out.writeUTF(words.get(w));
            for (int[] level : ids) {
                out.writeShort(level[w]);
            }
            out.writeByte(casing[w]);
        }
    }

    static WordClusters read(DataInput in) throws IOException {
        int levels = in.readInt();
        int n = in.readInt();
        String[] words = new String[n];
        int[][] ids = new int[levels][n];
        byte[] casing = new byte[n];
        for (int w = 0; w < n; w++) {
            words[w] = in.readUTF();
            for (int l = 0; l < levels; l++) {
                ids[l][w] = in.readShort();
            }
            casing[w] = in.readByte();
        }
        return new WordClusters(List.of(words), ids, casing);
    }
}

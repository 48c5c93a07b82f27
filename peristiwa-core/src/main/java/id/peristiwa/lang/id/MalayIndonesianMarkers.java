package id.peristiwa.lang.id;

import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.Characters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evidence for Malaysian Malay against Indonesian from words that the two standards spell or choose
 * differently ({@code kerajaan}/{@code pemerintah}, {@code bahawa}/{@code bahwa}, {@code polis}/{@code polisi}),
 * and evidence that a text is in one of the two at all from the function words both write ({@code yang},
 * {@code dengan}). The words and their weights live in {@code malay-indonesian-markers.txt}; this class only
 * counts them. Immutable and thread-safe.
 */
final class MalayIndonesianMarkers {
    /** One word repeated throughout an article (a name, a quoted institution) must not decide alone. */
    private static final int MAX_COUNT_PER_WORD = 3;

    /** What one text holds of the listed words, with its count of letters and of words (runs of letters). */
    record Evidence(double malayLogOdds, int letters, int words, int sharedWords) {
        /** The share of the text's words that both standards write; 0 for a text without words. */
        double sharedShare() {
            return words == 0 ? 0.0 : (double) sharedWords / words;
        }
    }

    private final WordTable table;
    /** By the table's word index: positive weights speak for Malay, negative ones for Indonesian. */
    private final double[] weights;
    /** By the table's word index: a function word of both standards, which carries no weight. */
    private final boolean[] shared;

    private MalayIndonesianMarkers(List<String> words, double[] weights, boolean[] shared) {
        this.table = new WordTable(words);
        this.weights = weights;
        this.shared = shared;
    }

    /** Loads the pack's marker list. */
    static MalayIndonesianMarkers load() {
        return parse(LanguagePackFile.entries("malay-indonesian-markers.txt"));
    }

    /**
     * Parses entries of the form {@code WORD CODE [WEIGHT]} where CODE is {@code ms} or {@code id}, or
     * {@code WORD both} for a function word of both standards.
     */
    static MalayIndonesianMarkers parse(List<String> entries) {
        List<String> words = new ArrayList<>();
        double[] weights = new double[entries.size()];
        boolean[] shared = new boolean[entries.size()];
        for (String entry : entries) {
            String[] fields = entry.split("\\s+");
            boolean both = fields.length >= 2 && fields[1].equals("both");
            if (fields.length < 2 || fields.length > 3 || both && fields.length == 3) {
                throw new IllegalArgumentException(
                        "marker entry must be 'WORD CODE [WEIGHT]' or 'WORD both': " + entry);
            }
            double weight = fields.length == 3 ? Double.parseDouble(fields[2]) : 1.0;
            weights[words.size()] = switch (fields[1]) {
                case "ms" -> weight;
                case "id" -> -weight;
                case "both" -> 0.0;
                default -> throw new IllegalArgumentException("marker code must be ms, id or both: " + entry);
            };
            shared[words.size()] = both;
            words.add(fields[0].toLowerCase(Locale.ROOT));
        }
        return new MalayIndonesianMarkers(words, weights, shared);
    }

    /**
     * What {@code text} holds: the log-odds evidence that it is Malay rather than Indonesian (the sum of the
     * weights of marker words found, each word counted at most {@value #MAX_COUNT_PER_WORD} times; 0 when none is
     * found), and its counts of letters, words and words both standards write.
     */
    Evidence evidence(String text) {
        int[] counts = new int[weights.length];
        int letters = 0;
        int words = 0;
        int sharedWords = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Characters.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Characters.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                letters += i - start;
                words++;
                int index = table.indexOf(text, start, i);
                if (index >= 0) {
                    counts[index]++;
                    sharedWords += shared[index] ? 1 : 0;
                }
            }
        }
        double logOdds = 0.0;
        for (int w = 0; w < counts.length; w++) {
            logOdds += weights[w] * Math.min(MAX_COUNT_PER_WORD, counts[w]);
        }
        return new Evidence(logOdds, letters, words, sharedWords);
    }
}

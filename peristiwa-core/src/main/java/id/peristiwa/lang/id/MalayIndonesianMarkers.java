package id.peristiwa.lang.id;

import id.peristiwa.lang.LanguagePackFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence for Malaysian Malay against Indonesian from words that the two standards spell or choose
 * differently ({@code kerajaan}/{@code pemerintah}, {@code bahawa}/{@code bahwa}, {@code polis}/{@code polisi}).
 * The words and their weights live in {@code malay-indonesian-markers.txt}; this class only counts them.
 */
final class MalayIndonesianMarkers {
    /** One word repeated throughout an article (a name, a quoted institution) must not decide alone. */
    private static final int MAX_COUNT_PER_WORD = 3;

    /** Positive weights speak for Malay, negative ones for Indonesian. */
    private final Map<String, Double> weights;

    private MalayIndonesianMarkers(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Loads the pack's marker list. */
    static MalayIndonesianMarkers load() {
        return parse(LanguagePackFile.entries("malay-indonesian-markers.txt"));
    }

    /** Parses entries of the form {@code WORD CODE [WEIGHT]} where CODE is {@code ms} or {@code id}. */
    static MalayIndonesianMarkers parse(List<String> entries) {
        Map<String, Double> weights = new HashMap<>();
        for (String entry : entries) {
            String[] fields = entry.split("\\s+");
            if (fields.length < 2 || fields.length > 3) {
                throw new IllegalArgumentException("marker entry must be 'WORD CODE [WEIGHT]': " + entry);
            }
            double weight = fields.length == 3 ? Double.parseDouble(fields[2]) : 1.0;
            double signed = switch (fields[1]) {
                case "ms" -> weight;
                case "id" -> -weight;
                default -> throw new IllegalArgumentException("marker code must be ms or id: " + entry);
            };
            if (weights.put(fields[0].toLowerCase(Locale.ROOT), signed) != null) {
                throw new IllegalArgumentException("duplicate marker: " + fields[0]);
            }
        }
        return new MalayIndonesianMarkers(weights);
    }

    /**
     * Log-odds evidence that {@code text} is Malay rather than Indonesian: the sum of the weights of marker
     * words found (each word counted at most {@value #MAX_COUNT_PER_WORD} times); 0 when none is found.
     */
    double malayLogOdds(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (weights.containsKey(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        double logOdds = 0.0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            logOdds += weights.get(count.getKey()) * Math.min(MAX_COUNT_PER_WORD, count.getValue());
        }
        return logOdds;
    }
}

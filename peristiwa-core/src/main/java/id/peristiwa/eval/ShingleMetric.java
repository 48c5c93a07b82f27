package id.peristiwa.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction metric for one page: the extracted and the true body are cut into word
 * 4-gram shingles (words are {@code \w+} runs, Unicode-aware), compared as multisets, and give a precision and
 * a recall. A page where both sides are empty scores 1/1.
 */
final class ShingleMetric {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    record PageScore(double precision, double recall) {
    }

    static PageScore score(String expected, String predicted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> guess = shingles(predicted);
        int truthTotal = total(truth);
        int guessTotal = total(guess);
        if (truthTotal == 0 && guessTotal == 0) {
            return new PageScore(1, 1);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : guess.entrySet()) {
            overlap += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        double precision = guessTotal == 0 ? 0 : (double) overlap / guessTotal;
        double recall = truthTotal == 0 ? 0 : (double) overlap / truthTotal;
        return new PageScore(precision, recall);
    }

    private static Map<String, Integer> shingles(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + N <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
        }
        if (words.size() > 0 && words.size() < N) {
            counts.merge(String.join(" ", words), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    private ShingleMetric() {
    }
}

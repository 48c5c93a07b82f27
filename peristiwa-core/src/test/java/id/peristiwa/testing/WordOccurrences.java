package id.peristiwa.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a word or phrase stands in a text as a whole: an occurrence counts only when no letter or digit touches
 * it on either side, so "AS" is found in "pasukan AS" but not in "ASEAN". Used by the gold readers to locate
 * hand-written mentions and triggers.
 */
public final class WordOccurrences {

    /** The start offsets of every whole-word occurrence of {@code needle} in {@code haystack}, in order. */
    public static List<Integer> starts(String haystack, String needle) {
        List<Integer> starts = new ArrayList<>();
        if (needle.isEmpty()) {
            return starts;
        }
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            boolean after = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (before && after) {
                starts.add(i);
            }
        }
        return starts;
    }

    private WordOccurrences() {
    }
}

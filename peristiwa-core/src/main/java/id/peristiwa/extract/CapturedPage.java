package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The non-blank lines of one captured page, measured, with how often each line recurs in the page.
 */
final class CapturedPage {

    /** Separators between a headline and a site name in a browser title ("Judul - Warta Dunia"). */
    private static final List<String> TITLE_SEPARATORS = List.of(" - ", " | ", " – ", " — ", " : ", " :: ");

    /**
     * Line breaks proper; U+0085 is left out because in mis-decoded text it turns up inside words, where
     * splitting on it would shred a paragraph.
     */

    private final List<CapturedLine> lines;
    private final Map<String, Integer> occurrences;

    private CapturedPage(List<CapturedLine> lines) {
        this.lines = List.copyOf(lines);
        Map<String, Integer> counts = new HashMap<>();
        for (CapturedLine line : lines) {
            counts.merge(line.key(), 1, Integer::sum);
        }
        this.occurrences = Map.copyOf(counts);
    }

    /** Splits text into lines, drops blank ones and measures the rest. */
    static CapturedPage of(String text, InterfaceVocabulary vocabulary) {
        List<CapturedLine> measured = new ArrayList<>();
        LineBreaks breaks = new LineBreaks(text);
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = breaks.next(start);
            String raw = text.substring(start, end);
            if (!CapturedLine.isBlank(raw)) {
                measured.add(CapturedLine.of(measured.size(), raw, vocabulary));
            }
            boolean crlf = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
        return new CapturedPage(measured);
    }

    /**
     * Where a text's lines end: at a line feed, a carriage return (with the line feed after it, if any), or a
     * Unicode line or paragraph separator. Each mark is searched for with {@link String#indexOf(int, int)},
     * which scans many characters at a time, and only again once the lines have passed it.
     */
    private static final class LineBreaks {
        private static final char[] MARKS = {'\n', '\r', '\u2028', '\u2029'};

        private final String text;
        /** The next place of each mark at or after the last search; -1 when there is none, -2 before a search. */
        private final int[] next = {-2, -2, -2, -2};

        LineBreaks(String text) {
            this.text = text;
        }

        /** The first line break at or after {@code from}, or the text's length when none is left. */
        int next(int from) {
            int first = text.length();
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = text.indexOf(MARKS[k], from);
                }
                if (next[k] >= 0) {
                    first = Math.min(first, next[k]);
                }
            }
            return first;
        }
    }

    List<CapturedLine> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    CapturedLine get(int index) {
        return lines.get(index);
    }

    /** How many lines of the page read exactly like this one, ignoring case; at least 1. */
    int occurrences(CapturedLine line) {
        return occurrences.getOrDefault(line.key(), 1);
    }

    /** True when some line of the page reads exactly like {@code text}, ignoring case and spacing. */
    boolean printsLine(String text) {
        return occurrences.containsKey(CapturedLine.normalize(text).toLowerCase(Locale.ROOT));
    }

    /**
     * True when the line is printed again elsewhere on the page, either as is or as a browser-style title
     * followed by the site name.
     */
    boolean isRepeated(CapturedLine line) {
        if (occurrences(line) > 1) {
            return true;
        }
        for (CapturedLine other : lines) {
            if (other != line && other.key().startsWith(line.key())) {
                String rest = other.key().substring(line.key().length());
                if (TITLE_SEPARATORS.stream().anyMatch(rest::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }
}

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
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                String raw = text.substring(start, i);
                if (!CapturedLine.isBlank(raw)) {
                    measured.add(CapturedLine.of(measured.size(), raw, vocabulary));
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return new CapturedPage(measured);
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

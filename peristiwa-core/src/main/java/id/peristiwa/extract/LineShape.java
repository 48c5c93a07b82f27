package id.peristiwa.extract;

/**
 * How a line of captured text is laid out, independent of its words: whether it ends like a sentence, and how
 * many wide gaps split it into items as menus do. Written out by hand: these run on every line of every page.
 */
final class LineShape {

    /**
     * Sentence punctuation at the end, possibly followed by closing quotes or brackets and a short editor code
     * ("... kata Lee. [noe]").
     */
    static boolean endsSentence(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']')) {
            int open = end - 2;
            while (open >= 0 && end - 2 - open < 20 && !isCodeBoundary(text.charAt(open))) {
                open--;
            }
            int codeLength = end - 2 - open;
            if (open >= 0 && codeLength >= 1 && (text.charAt(open) == '(' || text.charAt(open) == '[')) {
                int before = open;
                while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                    before--;
                }
                if (punctuationBefore(text, before)) {
                    return true;
                }
            }
        }
        return punctuationBefore(text, end);
    }

    private static boolean isCodeBoundary(char c) {
        return c == '(' || c == ')' || c == '[' || c == ']' || Character.isWhitespace(c);
    }

    /** Sentence punctuation right before {@code end}, closing quotes and brackets aside. */
    private static boolean punctuationBefore(String text, int end) {
        int i = end;
        while (i > 0 && "\"'”’»)]".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?:;…".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * A sentence ends inside the line: sentence punctuation ({@code . ! ?}), any closing quotes or brackets, white
     * space, then a capital letter or an opening quotation mark ("... di Seoul. Ia menambahkan").
     */
    static boolean hasInnerSentenceEnd(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && isAsciiSpace(text.charAt(k))) {
                k++;
            }
            if (k > j && k < n && isCapitalOrOpeningQuote(text.codePointAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** White space as regular expressions' {@code \s} takes it: space, tab, line breaks, form feed. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isCapitalOrOpeningQuote(int cp) {
        return cp == '"' || cp == '“' || cp == '‘' || Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /**
     * Wide gaps between items, as menus copied from a page have: two or more spaces, a tab, or a lone bar or
     * bullet between spaces, with text on both sides.
     */
    static int gaps(String raw) {
        if (!raw.contains("  ") && raw.indexOf('\t') < 0 && raw.indexOf('|') < 0 && raw.indexOf('\u00A0') < 0
                && raw.indexOf('•') < 0 && raw.indexOf('·') < 0) {
            return 0; // the common case, checked with the JDK's fast searches
        }
        int count = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            if (!isGapChar(raw.charAt(i)) || i == 0 || isGapChar(raw.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isGapChar(raw.charAt(j))) {
                j++;
            }
            if (j < n && isGap(raw, i, j)) {
                count++;
            }
            i = j;
        }
        return count;
    }

    private static boolean isGapChar(char c) {
        return switch (c) {
            case ' ', '\u00A0', '\t', '|', '•', '·' -> true;
            default -> false;
        };
    }

    /** {@code raw[from, to)} is a run of spaces, tabs, bars and bullets between two pieces of text. */
    private static boolean isGap(String raw, int from, int to) {
        String run = raw.substring(from, to);
        if (run.indexOf('\t') >= 0 || run.contains("  ") || run.contains("\u00A0 ") || run.contains(" \u00A0")
                || run.contains("\u00A0\u00A0")) {
            return true;
        }
        // " | ", " • ", " · ": one separator between single spaces.
        return run.length() == 3 && run.charAt(0) == ' ' && run.charAt(2) == ' ' && "|•·".indexOf(run.charAt(1)) >= 0;
    }

    private LineShape() {
    }
}

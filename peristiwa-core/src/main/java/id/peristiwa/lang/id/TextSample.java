package id.peristiwa.lang.id;

/**
 * Cuts a bounded sample out of a long text: a few windows spread from the start to the end, each cut at
 * whitespace. Identification cost then does not grow with article length, and a text whose opening is
 * boilerplate or a quotation in another language is still judged by its body.
 */
final class TextSample {
    private final int windows;
    private final int windowLength;

    TextSample(int windows, int windowLength) {
        if (windows < 1 || windowLength < 1) {
            throw new IllegalArgumentException("windows and windowLength must be positive");
        }
        this.windows = windows;
        this.windowLength = windowLength;
    }

    /** The text itself when it is short enough, otherwise the windows joined by newlines. */
    String of(String text) {
        if (text.length() <= windows * windowLength) {
            return text;
        }
        StringBuilder sample = new StringBuilder(windows * (windowLength + 1));
        int stride = (text.length() - windowLength) / Math.max(1, windows - 1);
        for (int i = 0; i < windows; i++) {
            int start = wordStart(text, i * stride);
            int end = wordEnd(text, Math.min(text.length(), start + windowLength));
            if (end <= start) { // one unbroken run of characters: cut it where the window ends
                end = Math.min(text.length(), start + windowLength);
            }
            sample.append(text, start, end).append('\n');
        }
        return sample.toString();
    }

    /** The start of the first word after {@code at}; {@code at} itself when no word boundary follows. */
    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return at;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}

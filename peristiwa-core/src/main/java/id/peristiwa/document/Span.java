package id.peristiwa.document;

/**
 * A half-open character range {@code [start, end)} into an article's clean text: the one coordinate system
 * every annotation uses.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered text of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}

package id.peristiwa.extract;

/**
 * The lines {@code [start, end)} of a captured page that hold the article body, chrome inside it included.
 * An empty range ({@code start == end}) means the page has no body.
 */
record BodyRange(int start, int end) {

    static final BodyRange NONE = new BodyRange(0, 0);

    boolean isEmpty() {
        return start == end;
    }

    boolean contains(int index) {
        return index >= start && index < end;
    }
}

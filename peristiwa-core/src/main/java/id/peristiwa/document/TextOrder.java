package id.peristiwa.document;

import java.util.function.IntUnaryOperator;

/**
 * Search among things laid out in text order (tokens, mentions, sentence starts, speech verbs) by their
 * position: a hostile page holds a hundred thousand of them, and a scan for each question would cost their square.
 */
public final class TextOrder {
    private TextOrder() {
    }

    /**
     * The index of the first of {@code count} things whose position is at least {@code at}; {@code count} when
     * none is.
     *
     * @param positionOf the position of the thing at an index; never decreasing with the index
     */
    public static int firstAtOrAfter(int count, IntUnaryOperator positionOf, int at) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (positionOf.applyAsInt(mid) < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

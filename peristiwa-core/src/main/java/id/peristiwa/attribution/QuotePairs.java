package id.peristiwa.attribution;

import id.peristiwa.text.TokenFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs an article's quotation marks into quotations, whatever the style: “ ” and „ “ and « », the straight
 * " and the Indonesian press's ” ... ” that opens and closes with one glyph. A mark's direction comes from the
 * space around it ("”Kami" opens, "siap,”" closes), else from its glyph, else from whether a quotation is open.
 * A quotation may run over sentences and paragraphs: a paragraph that opens a new quotation while one is open
 * continues it (the press convention for a quotation of several paragraphs). Single marks ' ‘ ’ pair only within
 * one sentence, since apostrophes are far more common than single-quoted speech.
 */
final class QuotePairs {

    /** A quotation from mark {@code open} to mark {@code close}, token indexes. */
    record Pair(int open, int close) {
    }

    /**
     * No real quotation runs longer; an unclosed mark is forgotten after this many tokens, which bounds the work
     * and stops one stray mark from turning the rest of an article into speech.
     */
    static final int MAX_TOKENS = 600;

    private enum Direction { OPEN, CLOSE, EITHER }

    private QuotePairs() {
    }

    static List<Pair> find(TokenView view) {
        List<Pair> pairs = new ArrayList<>();
        int open = -1;
        int singleOpen = -1;
        for (int k = 0; k < view.size(); k++) {
            if (!view.is(k, TokenFlag.QUOTE)) {
                continue;
            }
            Direction direction = direction(view, k);
            if (view.word(k).equals("'")) {
                if (singleOpen >= 0 && view.sentence(singleOpen) != view.sentence(k)) {
                    singleOpen = -1;
                }
                if (direction == Direction.OPEN) {
                    singleOpen = k;
                } else if (direction == Direction.CLOSE && singleOpen >= 0 && k > singleOpen + 1) {
                    pairs.add(new Pair(singleOpen, k));
                    singleOpen = -1;
                }
                continue;
            }
            if (open >= 0 && k - open > MAX_TOKENS) {
                open = -1;
            }
            if (open < 0) {
                if (direction != Direction.CLOSE) {
                    open = k;
                }
            } else if (direction != Direction.OPEN) {
                if (k > open + 1) {
                    pairs.add(new Pair(open, k));
                }
                open = -1;
            } else if (!view.paragraphBreakBetween(open, k)) {
                // Two openers in one paragraph: the first was a stray mark.
                open = k;
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return pairs;
    }

    private static Direction direction(TokenView view, int k) {
        boolean before = view.spaceBefore(k);
        boolean after = view.spaceAfter(k);
        if (before && !after) {
            return Direction.OPEN;
        }
        if (!before && after) {
            return Direction.CLOSE;
        }
        int mark = view.text.charAt(view.token(k).start());
        return switch (mark) {
            case '\u201E', '\u00AB', '\u2039', '\u201A' -> Direction.OPEN;
            case '\u00BB', '\u203A' -> Direction.CLOSE;
            default -> Direction.EITHER;
        };
    }
}

package id.peristiwa.event;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * The statements of an article's quotes that name a speaker, cut at every statement's start and end into
 * stretches of text, each knowing the first such quote (in the article's order) whose statement covers it. Finding
 * the quote that holds an offset is then a binary search, however many quotes a page holds: scanning every quote
 * for every event word made a page of ten thousand quotes cost ten thousand times more. Immutable.
 */
final class QuotedStatements {
    private final List<Quote> quotes;
    /** The distinct starts and ends of the statements, ascending. */
    private final int[] bounds;
    /** {@code first[i]}: the index of the first quote whose statement covers {@code [bounds[i], bounds[i + 1])}. */
    private final int[] first;

    QuotedStatements(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
        int[] order = IntStream.range(0, quotes.size())
                .filter(q -> counts(quotes.get(q)))
                .boxed()
                .sorted(Comparator.comparingInt(q -> quotes.get(q).statement().start()))
                .mapToInt(Integer::intValue)
                .toArray();
        this.bounds = IntStream.of(order)
                .flatMap(q -> IntStream.of(quotes.get(q).statement().start(),
                        quotes.get(q).statement().end()))
                .sorted().distinct().toArray();
        this.first = new int[Math.max(0, bounds.length - 1)];
        // Sweep the stretches left to right with the quotes open there, the earliest in the article's order on top.
        PriorityQueue<Integer> open = new PriorityQueue<>();
        int next = 0;
        for (int i = 0; i < first.length; i++) {
            while (next < order.length && quotes.get(order[next]).statement().start() <= bounds[i]) {
                open.add(order[next++]);
            }
            while (!open.isEmpty() && quotes.get(open.peek()).statement().end() <= bounds[i]) {
                open.poll();
            }
            first[i] = open.isEmpty() ? -1 : open.peek();
        }
    }

    /** A quote with a speaker and a statement of at least one character. */
    private static boolean counts(Quote q) {
        return q.speaker() != null && q.statement().start() < q.statement().end();
    }

    /** The first quote with a speaker whose statement holds offset {@code at}, or null. */
    Quote holding(int at) {
        int i = Arrays.binarySearch(bounds, at);
        if (i < 0) {
            i = -i - 2; // the last bound below at
        }
        return i < 0 || i >= first.length || first[i] < 0 ? null : quotes.get(first[i]);
    }
}

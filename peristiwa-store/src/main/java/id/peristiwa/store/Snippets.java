package id.peristiwa.store;

import id.peristiwa.document.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts the passage of an article that matched a search: a window of the text around the first query word is
 * analysed as the index analysed it, the words whose stems the query asked for are found, and the passage of about
 * {@link #WIDTH} characters that holds the most of them is kept, cut at spaces.
 */
final class Snippets {

    static final int WIDTH = 220;
    /**
     * How much of an article is analysed at a time to find the query's words. Analysing a whole long article for
     * every hit of every search made snippets most of a search's cost.
     */
    static final int WINDOW = 4000;
    private static final int LEAD = 40;
    private static final String CUT = "…";

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The best passage of {@code text} for the query terms (already analysed), or its opening when none occur. The
     * text is analysed a window at a time, from the start, until a window holds a query word: news puts what
     * matters first, so most snippets cost one window, and a match far into a long article is still shown.
     */
    Snippet of(String text, Set<String> terms) {
        for (int from = 0; ; ) {
            int to = Math.min(text.length(), from + WINDOW);
            if (to < text.length()) {
                int space = text.lastIndexOf(' ', to);
                to = space > from ? space : to;
            }
            String window = text.substring(from, to);
            List<Span> hits = hits(window, terms);
            if (!hits.isEmpty()) {
                return cut(window, hits, from > 0, to < text.length());
            }
            if (to >= text.length()) {
                String opening = text.substring(0, Math.min(text.length(), WINDOW));
                return cut(opening, List.of(), false, opening.length() < text.length());
            }
            from = to;
        }
    }

    /**
     * The passage of {@code text} that holds the most hits; the text is a window of a longer one when
     * {@code before} or {@code more}.
     */
    private static Snippet cut(String text, List<Span> hits, boolean before, boolean more) {
        int start = hits.isEmpty() ? 0 : windowStart(hits);
        if (start > 0) {
            start = Math.max(0, start - LEAD);
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= hits.getFirst().start() + LEAD ? start : space + 1;
        }
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String prefix = start > 0 || before ? CUT : "";
        StringBuilder passage = new StringBuilder(prefix).append(text, start, end);
        if (end < text.length() || more) {
            passage.append(CUT);
        }
        List<Span> marks = new ArrayList<>();
        for (Span hit : hits) {
            if (hit.start() >= start && hit.end() <= end) {
                int shift = prefix.length() - start;
                marks.add(new Span(hit.start() + shift, hit.end() + shift));
            }
        }
        return new Snippet(passage.toString().replace('\n', ' '), marks);
    }

    private static int windowStart(List<Span> hits) {
        int best = 0;
        int bestCount = 0;
        int last = 0;
        for (int first = 0; first < hits.size(); first++) {
            while (last < hits.size() && hits.get(last).end() <= hits.get(first).start() + WIDTH - LEAD) {
                last++;
            }
            if (last - first > bestCount) {
                bestCount = last - first;
                best = first;
            }
        }
        return hits.get(best).start();
    }

    private List<Span> hits(String text, Set<String> terms) {
        List<Span> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        try (TokenStream tokens = analyzer.tokenStream(TextIndex.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    hits.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return hits;
    }
}

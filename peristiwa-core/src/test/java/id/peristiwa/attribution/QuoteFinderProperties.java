package id.peristiwa.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.RawDocument;
import id.peristiwa.event.Quote;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class QuoteFinderProperties {

    private static final Pipeline PIPELINE = Pipeline.indonesian();
    private static final QuoteFinder FINDER = QuoteFinder.indonesian();
    private static final List<String> PIECES = List.of("\u201C", "\u201D", "\"", "'", "\u201E", "\u00AB", "\u00BB",
            ",", ".", "kata", "katanya", "Austin", "mengatakan", "bahwa", "Menurut", "dia", "Yonhap", "dikutip",
            "\n\n", "Korea", "menyerang", "tidak");

    @Property(tries = 60)
    void unbalancedAndNestedMarksNeverBreakTheFinder(@ForAll @Size(max = 300) List<@StringLength(max = 3) String> seed) {
        StringBuilder text = new StringBuilder("Lloyd Austin tiba di Seoul. ");
        for (String s : seed) {
            text.append(PIECES.get(Math.floorMod(s.hashCode(), PIECES.size()))).append(s.length() % 2 == 0 ? " " : "");
        }
        AnalyzedArticle analyzed = PIPELINE.analyze(PIPELINE.process(RawDocument.text("acak.txt", text.toString())));
        List<Quote> quotes = FINDER.find(analyzed);
        int length = analyzed.article().text().length();
        for (Quote q : quotes) {
            assertThat(q.statement().end()).isLessThanOrEqualTo(length);
            assertThat(q.statement().length()).isPositive();
        }
    }
}

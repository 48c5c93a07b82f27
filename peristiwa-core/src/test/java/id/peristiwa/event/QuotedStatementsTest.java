package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotedStatementsTest {

    private static final Actor IDN = new Actor("IDNGOV", "IDN", "GOV", "Retno Marsudi", "Menlu");
    private static final Actor PRK = new Actor("PRKGOV", "PRK", "GOV", "Choe Son-hui", "Menlu");

    private static Quote quote(Actor speaker, int from, int to) {
        return new Quote(speaker, -1, new Span(to, to + 4), new Span(from, to), true, null);
    }

    @Test
    void findsTheFirstQuoteWhoseStatementHoldsTheOffset() {
        Quote outer = quote(IDN, 10, 100);
        Quote inner = quote(PRK, 40, 60);
        Quote unnamed = quote(null, 0, 200);
        QuotedStatements statements = new QuotedStatements(List.of(unnamed, inner, outer));

        assertThat(statements.holding(5)).as("a quote without a speaker does not count").isNull();
        assertThat(statements.holding(10)).isSameAs(outer);
        assertThat(statements.holding(40)).as("the first in the article's order").isSameAs(inner);
        assertThat(statements.holding(59)).isSameAs(inner);
        assertThat(statements.holding(60)).as("a statement's end is outside it").isSameAs(outer);
        assertThat(statements.holding(100)).isNull();
        assertThat(new QuotedStatements(List.of()).holding(0)).isNull();
    }

    @Test
    void agreesWithAScanOverEveryQuote() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Quote> quotes = new ArrayList<>();
            for (int q = random.nextInt(12); q > 0; q--) {
                int from = random.nextInt(100);
                quotes.add(quote(random.nextInt(4) == 0 ? null : IDN, from, from + random.nextInt(30)));
            }
            QuotedStatements statements = new QuotedStatements(quotes);
            for (int at = -1; at < 135; at++) {
                Quote expected = null;
                for (Quote q : quotes) {
                    if (q.speaker() != null && q.statement().start() <= at && at < q.statement().end()) {
                        expected = q;
                        break;
                    }
                }
                assertThat(statements.holding(at)).as("round %d, offset %d", round, at).isSameAs(expected);
            }
        }
    }
}

package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The analysis pipeline (gazetteer, role reading, coreference) against the team's actor gold: at least 95% of
 * the expected actor mentions get the right code, and places stay places. Prints the figures per rule.
 */
class ActorCodingTest {

    private static final Pipeline PIPELINE = Pipeline.indonesian();

    static List<Mention> analyze(String text, LocalDate published) {
        Article article = new Article("gold", new Source(null, null, null), null, null,
                published == null ? null : Published.of(published), null, "id", 1.0, null, text,
                List.of(new Span(0, text.length())), 0, List.of());
        return PIPELINE.analyze(article).mentions();
    }

    @Test
    void actorMentionsGetTheirCodes() {
        ActorScore score = ActorScore.of(ActorGold.load(), ActorCodingTest::analyze);

        System.out.printf(Locale.ROOT, "actor coding: %d/%d exact (%.4f), %d/%d country (%.4f), places %d/%d%n",
                score.exact(), score.actors(), score.recall(), score.country(), score.actors(), score.countryRecall(),
                score.placesRight(), score.places());
        score.byRule().forEach((rule, c) -> System.out.printf(Locale.ROOT, "  %-14s %3d/%3d%n", rule, c.right(),
                c.expected()));
        score.misses().forEach(m -> System.out.println("  miss " + m));
        assertThat(score.actors()).isGreaterThanOrEqualTo(250);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.placesRight()).isGreaterThanOrEqualTo(score.places() * 9 / 10);
    }
}

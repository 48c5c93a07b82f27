package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole analysis (sentences, actors, events) against the team's event gold, scored as EVENTS.md says:
 * precision at least 0.90 and recall at least 0.80. Prints the per-type figures and every miss.
 */
class EventCoderGoldTest {

    private static final Pipeline PIPELINE = Pipeline.indonesian();

    static List<Event> code(EventGold.Document d) {
        return PIPELINE.analyze(d.article()).events();
    }

    @Test
    void goldIsCodedAboveTheBar() {
        EventScoring.Report report = EventScoring.score(EventGold.load(), EventCoderGoldTest::code);
        System.out.println(EventScoring.format(report));
        report.misses().forEach(m -> System.out.println("  miss  " + m));
        report.spurious().forEach(m -> System.out.println("  extra " + m));
        assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.80);
    }
}

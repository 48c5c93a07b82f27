package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring by EVENTS.md: same sentence, accepted type, country-level dyad, unordered for joint types. */
class EventScoringTest {

    private static final String S1 = "Kamboja dan Thailand sepakat membentuk tim bersama.";
    private static final String S2 = "Thailand mengecam Kamboja.";
    private static final String S3 = "Perang itu pecah pada 2011.";

    private static Actor actor(String code) {
        return new Actor(code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, code, null);
    }

    private static Event event(PloverType type, String cameo, String source, String target, int at,
            Modality modality) {
        return new Event(type, null, null, cameo, 0, List.of(actor(source)), List.of(actor(target)),
                Polarity.ASSERTED, modality, null, null, new Span(0, 1), new Span(at, at + 1), null, "r", 0.9);
    }

    private static EventGold.Event gold(String sentence, String type, String cameo, String source, String target) {
        return new EventGold.Event(sentence, type, List.of(), null, cameo, List.of(source), List.of(target),
                "asserted", "asserted", null, null, "x", List.of());
    }

    @Test
    void countryLevelUnorderedDyadsAndExcusedBackground() {
        EventGold g = new EventGold(List.of(new EventGold.Document("d", LocalDate.of(2024, 1, 1),
                S1 + " " + S2 + " " + S3, List.of(S1, S2, S3),
                List.of(gold(S1, "AGREE", "030", "KHMGOV", "THAGOV"), gold(S2, "ACCUSE", "111", "THA", "KHM")))));
        int s2 = S1.length() + 1;
        int s3 = s2 + S2.length() + 1;
        List<Event> coded = List.of(
                event(PloverType.AGREE, "030", "THA", "KHMGOV", 0, Modality.INTENDED),
                event(PloverType.ACCUSE, "112", "THAGOV", "KHM", s2, Modality.ASSERTED),
                event(PloverType.ASSAULT, "190", "THA", "KHM", s3, Modality.HISTORICAL),
                event(PloverType.THREATEN, "130", "THA", "KHM", s2 + 2, Modality.ASSERTED));
        EventScoring.Report r = EventScoring.score(g, d -> coded);
        assertThat(r.overall()).isEqualTo(new EventScoring.Counts(3, 2, 2, 2));
        assertThat(r.strict()).isEqualTo(new EventScoring.Counts(3, 2, 0, 0));
        assertThat(r.spurious()).containsExactly("d | THREATEN [THA] -> [KHM] | r");
        assertThat(EventScoring.format(r)).endsWith("precision=0.6667 recall=1.0000 f1=0.8000");
    }
}

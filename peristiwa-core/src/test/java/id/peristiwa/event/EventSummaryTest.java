package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

    private static final Actor PRK = new Actor("PRK", "PRK", null, "Korea Utara", null);
    private static final Actor USA = new Actor("USA", "USA", null, "Amerika Serikat", null);

    private static Event event(PloverType type, String cameo, double goldstein, Polarity polarity, Modality modality) {
        return new Event(type, null, null, cameo, goldstein, List.of(PRK), List.of(USA), polarity, modality, null,
                null, new Span(0, 10), new Span(2, 5), null, "uji", 0.9);
    }

    @Test
    void negatedAndHistoricalEventsAreNotCounted() {
        List<Event> events = List.of(
                event(PloverType.ACCUSE, "111", -2.0, Polarity.ASSERTED, Modality.ASSERTED),
                event(PloverType.THREATEN, "138", -7.0, Polarity.ASSERTED, Modality.INTENDED),
                event(PloverType.CONSULT, "040", 1.0, Polarity.ASSERTED, Modality.ASSERTED),
                event(PloverType.ASSAULT, "190", -10.0, Polarity.NEGATED, Modality.INTENDED),
                event(PloverType.RETREAT, "0871", 9.0, Polarity.ASSERTED, Modality.HISTORICAL));

        EventSummary summary = EventSummary.of(events);

        assertThat(summary.counted()).isEqualTo(3);
        assertThat(summary.byQuadClass()).containsExactly(1, 0, 2, 0);
        assertThat(summary.goldsteinSum()).isEqualTo(-8.0);
        assertThat(summary.goldsteinMean()).isCloseTo(-8.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noEventsGiveZeroes() {
        assertThat(EventSummary.of(List.of())).isEqualTo(new EventSummary(0, List.of(0, 0, 0, 0), 0, 0));
    }
}

package id.peristiwa.event;

import java.util.List;

/**
 * An article's events in figures: how many fall in each quad class and the conflict–cooperation score (the sum
 * and mean of their Goldstein values). As EVENTS.md asks of counts and charts, only events that the text asserts
 * as news count: negated events and historical background are left out.
 *
 * @param counted       the events counted
 * @param byQuadClass   counts for quad classes 1 (verbal cooperation) to 4 (material conflict), at index 0 to 3
 * @param goldsteinSum  the sum of the counted events' Goldstein values
 * @param goldsteinMean their mean, or 0 when none counted
 */
public record EventSummary(int counted, List<Integer> byQuadClass, double goldsteinSum, double goldsteinMean) {
    public EventSummary {
        byQuadClass = List.copyOf(byQuadClass);
    }

    /** The figures of {@code events}. */
    public static EventSummary of(List<Event> events) {
        int[] quads = new int[4];
        int counted = 0;
        double sum = 0;
        for (Event event : events) {
            if (event.polarity() == Polarity.NEGATED || event.modality() == Modality.HISTORICAL) {
                continue;
            }
            counted++;
            quads[event.quadClass() - 1]++;
            sum += event.goldstein();
        }
        return new EventSummary(counted, List.of(quads[0], quads[1], quads[2], quads[3]), sum,
                counted == 0 ? 0 : sum / counted);
    }
}

package id.peristiwa.store;

import id.peristiwa.event.PloverType;
import java.time.LocalDate;

/**
 * Which stored events to read, and which page of them. Null parts restrict nothing. An actor code matches
 * itself and every more specific code it begins, CAMEO style: {@code USA} matches {@code USAGOV} and
 * {@code USAMIL}. Build one from {@link #all()} with the {@code with...} methods.
 *
 * @param actor       an actor among the event's sources or targets
 * @param dyadSource  with {@code dyadTarget}, a directed dyad: this actor among the sources...
 * @param dyadTarget  ...and this one among the targets
 * @param type        the PLOVER type
 * @param quadClass   the quad class, 1 to 4
 * @param from        the first event day, inclusive
 * @param to          the last event day, inclusive
 * @param page        the page, from 0
 * @param size        events per page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record EventFilter(String actor, String dyadSource, String dyadTarget, PloverType type, Integer quadClass,
                          LocalDate from, LocalDate to, int page, int size) {

    /** The largest page of events one read returns. */
    public static final int MAX_PAGE_SIZE = 1000;

    public EventFilter {
        if ((dyadSource == null) != (dyadTarget == null)) {
            throw new IllegalArgumentException("a dyad needs both a source and a target actor");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quad class must be 1 to 4, not " + quadClass);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ", not " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Every event, first page of 100. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, 0, 100);
    }

    /** This filter restricted to events with the actor among sources or targets. */
    public EventFilter withActor(String code) {
        return new EventFilter(code, dyadSource, dyadTarget, type, quadClass, from, to, page, size);
    }

    /** This filter restricted to events from {@code source} to {@code target}. */
    public EventFilter withDyad(String source, String target) {
        return new EventFilter(actor, source, target, type, quadClass, from, to, page, size);
    }

    /**
     * This filter restricted to the dyad written {@code A:B}.
     *
     * @throws IllegalArgumentException when {@code dyad} is not two codes around a colon
     */
    public EventFilter withDyad(String dyad) {
        String[] parts = dyad.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("a dyad is written SOURCE:TARGET, e.g. USA:PRK, not " + dyad);
        }
        return withDyad(parts[0].strip(), parts[1].strip());
    }

    /** This filter restricted to one PLOVER type. */
    public EventFilter withType(PloverType newType) {
        return new EventFilter(actor, dyadSource, dyadTarget, newType, quadClass, from, to, page, size);
    }

    /** This filter restricted to one quad class. */
    public EventFilter withQuadClass(Integer quad) {
        return new EventFilter(actor, dyadSource, dyadTarget, type, quad, from, to, page, size);
    }

    /** This filter restricted to event days from {@code first} to {@code last}, either may be null. */
    public EventFilter withDates(LocalDate first, LocalDate last) {
        return new EventFilter(actor, dyadSource, dyadTarget, type, quadClass, first, last, page, size);
    }

    /** This filter asking for another page. */
    public EventFilter withPage(int newPage, int newSize) {
        return new EventFilter(actor, dyadSource, dyadTarget, type, quadClass, from, to, newPage, newSize);
    }
}

package id.peristiwa.time;

/** Which way from the publication date a weekday or month named without its year lies. */
enum Direction {
    /** The nearest on or before the publication date: news reports the past. */
    ON_OR_BEFORE,
    /** Strictly before: "Senin lalu" published on a Monday is a week ago. */
    BEFORE,
    /** Strictly after: "Senin depan" published on a Monday is a week ahead. */
    AFTER,
    /** The nearest on or after the publication date, when the sentence speaks of what will happen. */
    ON_OR_AFTER;

    /**
     * The year shift that puts a date of the publication year on the right side, given how it compares with
     * the publication date ({@code compared} negative, zero or positive as it lies before, on or after).
     */
    int yearShift(int compared) {
        return switch (this) {
            case ON_OR_BEFORE -> compared > 0 ? -1 : 0;
            case BEFORE -> compared >= 0 ? -1 : 0;
            case AFTER -> compared <= 0 ? 1 : 0;
            case ON_OR_AFTER -> compared < 0 ? 1 : 0;
        };
    }
}

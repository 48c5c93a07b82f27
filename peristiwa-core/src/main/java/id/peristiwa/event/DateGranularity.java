package id.peristiwa.event;

/** How precisely an event's date is known. */
public enum DateGranularity {
    DAY, MONTH, YEAR
}

package id.peristiwa.event;

/** Whether the text says the event happens or says it does not ("AS tidak akan menyerang"). */
public enum Polarity {
    ASSERTED, NEGATED
}

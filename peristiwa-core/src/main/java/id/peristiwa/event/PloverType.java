package id.peristiwa.event;

/**
 * PLOVER's sixteen event types, each in one of the four quad classes that GDELT and CAMEO use
 * (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
 */
public enum PloverType {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(1),
    COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(3), ACCUSE(3), REJECT(3), THREATEN(3),
    PROTEST(4), SANCTION(4), MOBILIZE(4), COERCE(4), ASSAULT(4);

    private final int quadClass;

    PloverType(int quadClass) {
        this.quadClass = quadClass;
    }

    /** The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        return quadClass;
    }

    /** Whether the act is mutual, so its two sides may be named in either order (agreeing, meeting, cooperating). */
    public boolean symmetric() {
        return this == AGREE || this == CONSULT || this == COOPERATE;
    }
}

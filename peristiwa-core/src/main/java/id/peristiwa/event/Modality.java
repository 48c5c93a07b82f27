package id.peristiwa.event;

/** How the text holds the event: done, intended, demanded of someone, supposed, or told as background. */
public enum Modality {
    /** Reported as happening or done. */
    ASSERTED,
    /** Announced, planned, promised or threatened by its source ("akan", "berencana", "berjanji"). */
    INTENDED,
    /** Required of its source by someone else ("harus", "wajib"). */
    DEMANDED,
    /** Conditional or supposed ("jika", "seandainya"). */
    HYPOTHETICAL,
    /** Background from the past, not news of the day ("Perang ini berakhir dengan gencatan senjata"). */
    HISTORICAL
}

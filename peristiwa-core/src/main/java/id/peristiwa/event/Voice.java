package id.peristiwa.event;

/** How an event word presents its act, which decides where its source and target stand. */
enum Voice {
    /** "Korut mengecam AS": source before, target after. */
    ACTIVE,
    /** "AS dikecam Korut": target before, source after (or after "oleh"). */
    PASSIVE,
    /** "kecaman Korut terhadap AS": the act as a noun; source after it or from a light verb's subject. */
    NOMINAL
}

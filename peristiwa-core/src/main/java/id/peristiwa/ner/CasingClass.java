package id.peristiwa.ner;

/**
 * How a word is usually written inside a sentence (not as its first word) in cased news text. Text that reaches
 * the tagger in lower case has lost this, and the class brings it back: "manado" is almost always written
 * "Manado".
 */
enum CasingClass {
    /** Seen too seldom inside sentences to say. */
    UNSEEN,
    /** Capitalized in under a tenth of its uses. */
    LOWER,
    /** Capitalized in a tenth to a half of its uses. */
    SOMETIMES_CAPITALIZED,
    /** Capitalized in half to nine tenths of its uses. */
    MOSTLY_CAPITALIZED,
    /** Capitalized in at least nine tenths of its uses. */
    CAPITALIZED,
    /** Written all in capitals (an acronym) in at least half of its uses. */
    ACRONYM;

    /** The class from counts of uses inside sentences: all, with a capital first letter, all in capitals. */
    static CasingClass of(int uses, int capitalized, int allCapitals) {
        if (uses < 2) {
            return UNSEEN;
        }
        if (allCapitals * 2 >= uses) {
            return ACRONYM;
        }
        double share = (double) capitalized / uses;
        return share < 0.1 ? LOWER : share < 0.5 ? SOMETIMES_CAPITALIZED : share < 0.9 ? MOSTLY_CAPITALIZED
                : CAPITALIZED;
    }
}

package id.peristiwa.entity;

/**
 * Which words news text usually writes in lower case inside a sentence. Written with a capital after a title,
 * such a word goes on naming the office ("Menteri Koordinator Bidang Perekonomian", "Kepala Badan Gizi
 * Nasional"), where a person's name ("Airlangga Hartarto") is written with capitals wherever it stands.
 */
@FunctionalInterface
public interface CommonWords {
    /** Knows no word: every capitalized word after a title may start a name. */
    CommonWords NONE = word -> false;

    /** Whether {@code lowerCaseWord} is usually written in lower case inside a sentence. */
    boolean isCommon(String lowerCaseWord);
}

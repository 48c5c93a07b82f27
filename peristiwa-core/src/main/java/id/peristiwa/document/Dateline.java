package id.peristiwa.document;

/**
 * The dateline that opens many news articles ("Jakarta, CNN Indonesia --", "Mataram, NTB (ANTARA News) -"):
 * the place the story was filed from and the outlet or agency named in it. Either part may be null.
 * The dateline itself is removed from {@link Article#text()} so it never becomes part of a sentence.
 */
public record Dateline(String place, String outlet) {
}

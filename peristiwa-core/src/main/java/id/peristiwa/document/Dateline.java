package id.peristiwa.document;

/**
 * The dateline that opens many news articles ("Jakarta, CNN Indonesia --", "Mataram, NTB (ANTARA News) -"):
 * the place the story was filed from and the outlet or agency named in it (either may be null), and its span
 * in the article text. The text keeps the dateline, so nothing printed is lost; sentence segmentation starts
 * the first sentence at {@code span.end()}.
 */
public record Dateline(String place, String outlet, Span span) {
}

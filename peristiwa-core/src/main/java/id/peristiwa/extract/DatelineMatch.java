package id.peristiwa.extract;

/**
 * A dateline found at the start of a paragraph.
 *
 * @param place  where the story was filed from, all-capital names put in title case ("Jakarta",
 *               "Mataram, NTB"), or null when the dateline names only the outlet
 * @param outlet the outlet or agency as spelled in the dateline ("ANTARA News", "KOMPAS.com"), or null
 * @param end    index in the paragraph where the body sentence starts, after the dash or colon and spaces
 */
public record DatelineMatch(String place, String outlet, int end) {
}

package id.peristiwa.extract;

import java.util.List;

/**
 * What {@link CapturedTextReader} found in text captured from a news page.
 *
 * @param title        the headline, or null when the text has none (clean corpus text)
 * @param section      the site's section or category line above the headline ("Internasional"), or null
 * @param byline       the author line as printed ("Redaksi Warta Dunia", "Oleh Rina Kartika"), or null
 * @param dateLine     the date line as printed ("Selasa, 31 Jan 2023 14:05 WIB"), unparsed, or null
 * @param paragraphs   the body, one paragraph per body line, trimmed, white space collapsed; empty when
 *                     the text holds no body
 * @param removedLines how many non-blank lines were dropped as site chrome (a repeated title included);
 *                     lines returned as title, section, byline or date are not counted
 */
public record CapturedText(String title, String section, String byline, String dateLine, List<String> paragraphs,
                           int removedLines) {

    public CapturedText {
        paragraphs = List.copyOf(paragraphs);
    }
}

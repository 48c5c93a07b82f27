package id.peristiwa.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with the element that holds it.
 *
 * @param owner     the nearest block-level ancestor
 * @param text      whitespace-normalized text
 * @param linkChars how many of its characters sit inside links
 * @param heading   whether the owner is a heading (h1..h6)
 * @param order     position in document order
 */
record TextBlock(Element owner, String text, int linkChars, boolean heading, int order) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Commas and sentence ends: prose has them, menus and widgets rarely do. */
    int punctuation() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == '?' || c == '!' || c == '\u3001' || c == '\u3002') {
                n++;
            }
        }
        return n;
    }
}

package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the lists a page prints as separate links or buttons that lose the spaces between them when the
 * page is copied: tag links run together ("Korea UtaraRusiaAmerika SerikatDiplomasi"), a share bar
 * ("ShareFacebookTwitterWhatsApp"), a breadcrumb after a site logo ("pelitaTimurInternasional"), or hashtag
 * links ("#Gaza#Gencatan Senjata"). The evidence is shape alone: a lower-case letter directly followed by a
 * capital, several times, in a line of capitalized items without sentence punctuation. Stateless.
 */
final class GluedList {

    /** Where one glued item ends and the next begins: a lower-case letter right before a capital. */
    private static final Pattern JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Sentences, dates and labelled lines ("Editor: ...") are not lists of links. */
    private static final Pattern HASHTAG_ITEM = Pattern.compile("#[^#]+");
    /** Brand names ("WhatsApp", "iPhone") glue once in a while; a list glues at least twice. */
    private static final int MIN_JOINS = 2;
    /** A tag or a crumb is a short name; a longer item is a sentence with a hash in it. */
    private static final int MAX_ITEM_WORDS = 4;
    /**
     * Bars of links hold a handful of items; a run of dozens of names is a list written into the article (a
     * roster) that lost its line breaks, and is text.
     */
    private static final int MAX_ITEMS = 12;
    /** Twelve items of at most four words each fit in this; a longer line is never a bar of links. */
    private static final int MAX_LIST_CHARS = MAX_ITEMS * MAX_ITEM_WORDS * 16;

    private GluedList() {
    }

    /** True when the whole line is a list of links printed without separators, or a run of hashtags. */
    static boolean isList(String text) {
        if (text.length() > MAX_LIST_CHARS || hasSentenceMarks(text)) {
            return false;
        }
        return isHashtags(text) || isGlued(text);
    }

    /** Punctuation, quotes or digits: a sentence or a dated line, never a bar of links. */
    private static boolean hasSentenceMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ',', ':', ';', '!', '?', '"', '“', '”', '‘', '’' -> {
                    return true;
                }
                default -> {
                    if (Character.isDigit(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The items of a glued line, split where a lower-case letter meets a capital; spaces inside an item stay
     * ("HomeAmerika Serikat" gives "Home", "Amerika Serikat"). A line without joins is one item.
     */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String item : JOIN.split(text.strip())) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static boolean isHashtags(String text) {
        String line = text.strip();
        if (!line.startsWith("#")) {
            return false;
        }
        Matcher tag = HASHTAG_ITEM.matcher(line);
        int end = 0;
        while (tag.find()) {
            if (tag.start() != end || words(tag.group().substring(1)) > MAX_ITEM_WORDS) {
                return false;
            }
            end = tag.end();
        }
        return end == line.length();
    }

    /**
     * Enough joins for the words the line has, and at most one item starting in lower case: a site name in
     * lower camel case may open a breadcrumb, but a sentence has lower-case words throughout.
     */
    private static boolean isGlued(String text) {
        List<String> items = items(text);
        int joins = items.size() - 1;
        if (joins < MIN_JOINS || items.size() > MAX_ITEMS || 2 * joins < words(text)) {
            return false;
        }
        int lowerCase = 0;
        for (String item : items) {
            for (String word : SPACE.split(item)) {
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                    lowerCase++;
                }
            }
        }
        return lowerCase <= 1;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }
}

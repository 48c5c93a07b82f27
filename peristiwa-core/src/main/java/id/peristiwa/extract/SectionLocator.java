package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the section of a captured page in the line just above its title (either printing of the title, when
 * the page repeats it): a category line ("Internasional") that is not the tail of a menu, or a breadcrumb
 * trail, written on one line with separators ("Depan » Internasional", "Lintas Benua › Global"), glued after
 * the site's logo ("pelitaTimurInternasional"), or stacked a crumb a line ("Beranda", then "Internasional").
 * A trail starts at the home page or at the site's name, which the page prints elsewhere on a line of its
 * own; the section is the last crumb that is neither of them nor the title. Stateless.
 */
final class SectionLocator {

    /** Where the section is: its line and its text, which for a breadcrumb is one crumb of the line. */
    record Section(int line, String text) {

        static final Section NONE = new Section(-1, null);
    }

    private static final int MAX_SECTION_WORDS = 4;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[›>»/]\\s+");

    private final InterfaceVocabulary vocabulary;

    SectionLocator(InterfaceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The section of the page whose title is line {@code title}; {@link Section#NONE} when there is none. */
    Section locate(CapturedPage page, int title) {
        if (title < 0) {
            return Section.NONE;
        }
        String titleKey = page.get(title).key();
        for (int anchor : new int[] {title - 1, firstOccurrence(page, title) - 1}) {
            if (anchor < 0) {
                continue;
            }
            CapturedLine above = page.get(anchor);
            String crumb = lastCrumb(page, above, titleKey);
            if (crumb != null) {
                return new Section(anchor, crumb);
            }
            if (isSection(page, above)) {
                return new Section(anchor, above.text());
            }
        }
        return Section.NONE;
    }

    /**
     * A short category line ("Internasional", "World") that is not the last item of a menu; right under the
     * home link ("Beranda", then "Politik") it is the second crumb of a stacked breadcrumb, whatever is above.
     */
    static boolean isSection(CapturedPage page, CapturedLine line) {
        if (!HeadlineLocator.isShortName(line) || line.words() > MAX_SECTION_WORDS || line.isChrome()) {
            return false;
        }
        int i = line.index();
        if (i >= 1 && page.get(i - 1).vocabulary().whole().contains(InterfaceKind.HOME)) {
            return true;
        }
        boolean inMenu = i >= 2 && isMenuItem(page.get(i - 1)) && isMenuItem(page.get(i - 2));
        return !inMenu;
    }

    private static boolean isMenuItem(CapturedLine line) {
        return !line.terminal() && line.words() <= 3 && !line.dateLike()
                && (line.isNavigation() || !line.isChrome());
    }

    /** The section named by a breadcrumb line, or null when the line is not a breadcrumb from home or site. */
    private String lastCrumb(CapturedPage page, CapturedLine line, String titleKey) {
        List<String> trail = trail(page, line);
        if (trail.size() < 2 || line.words() > 3 * trail.size() || !isRoot(page, trail.get(0))) {
            return null;
        }
        String root = trail.get(0).toLowerCase(Locale.ROOT);
        for (int i = trail.size() - 1; i > 0; i--) {
            String crumb = CapturedLine.normalize(trail.get(i));
            String key = crumb.toLowerCase(Locale.ROOT);
            if (!key.equals(titleKey) && !key.equals(root) && !isHome(crumb)
                    && crumb.split(" ").length <= MAX_SECTION_WORDS) {
                return crumb;
            }
        }
        return null;
    }

    /**
     * The crumbs of a line: split at separators, or else at the joins of glued links, with a site name that
     * the page prints on a line of its own kept whole even where it is itself written in camel case.
     */
    private static List<String> trail(CapturedPage page, CapturedLine line) {
        String[] separated = SEPARATOR.split(line.text());
        if (separated.length >= 2) {
            return List.of(separated);
        }
        String site = sitePrefix(page, line);
        List<String> trail = new ArrayList<>();
        if (site != null) {
            trail.add(site);
            trail.addAll(GluedList.items(line.text().substring(site.length())));
        } else {
            trail.addAll(GluedList.items(line.text()));
        }
        return trail;
    }

    /** The longest other line of the page that this line starts with, followed directly by a capital; or null. */
    private static String sitePrefix(CapturedPage page, CapturedLine line) {
        String text = line.text();
        String best = null;
        for (CapturedLine other : page.lines()) {
            String prefix = other.text();
            if (prefix.length() < text.length() && text.regionMatches(true, 0, prefix, 0, prefix.length())
                    && Character.isUpperCase(text.codePointAt(prefix.length()))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best;
    }

    /** A navigation link ("Beranda", "Indeks") or the site's name, which the page prints on a line by itself. */
    private boolean isRoot(CapturedPage page, String crumb) {
        return vocabulary.match(crumb).whole().contains(InterfaceKind.NAVIGATION) || page.printsLine(crumb);
    }

    /** "Beranda", "Home", "Depan": the home link, never a section. */
    private boolean isHome(String crumb) {
        return vocabulary.match(crumb).whole().contains(InterfaceKind.HOME);
    }

    private static int firstOccurrence(CapturedPage page, int index) {
        String key = page.get(index).key();
        for (int i = 0; i < index; i++) {
            if (page.get(i).key().equals(key)) {
                return i;
            }
        }
        return index;
    }
}

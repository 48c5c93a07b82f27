package id.peristiwa.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata — Open Graph and other meta tags, JSON-LD, {@code <link rel=canonical>},
 * {@code <time>}, breadcrumbs, visible date and byline elements — into a {@link PageMetadata}.
 */
final class PageMetadataReader {

    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "article.published", "dc.date.issued", "DC.date.issued", "dcterms.created",
        "content_PublishedDate", "parsely-pub-date", "sailthru.date", "date", "DC.date", "dc.date", "og:updated_time"};
    private static final String[] SECTION_META = {
        "article:section", "og:article:section", "section", "category", "kategori", "content_category",
        "parsely-section"};
    private static final String[] AUTHOR_META = {"author", "dable:author", "content_author", "parsely-author",
        "byl", "DC.creator", "dc.creator"};
    /** Role labels that open or join bylines: "Reporter: A | Editor: B", "Oleh A - Warta Dunia". */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(oleh|by|penulis|reporter|wartawan|kontributor)\\s*:?\\s+");
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s+[|\\-–—/]\\s+|\\s*\\|\\s*");
    private static final Pattern SECONDARY_ROLE = Pattern.compile("(?i)^(editor|penyunting|redaktur|foto|fotografer|sumber)\\b.*");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final InterfaceVocabulary vocabulary;

    PageMetadataReader(InterfaceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    PageMetadata read(Document page, String url) {
        PageScan scan = PageScan.of(page);
        JsonLdReader.ArticleLd ld = jsonLd.read(scan.jsonLd);
        String siteName = first(scan.meta("og:site_name"), ld.publisher(), scan.meta("application-name"),
                scan.meta("twitter:site"));
        String canonical = first(absolute(scan.canonical), scan.meta("og:url"), ld.url(), url);
        String title = first(scan.meta("og:title"), ld.headline(), scan.meta("twitter:title"),
                scan.headline == null ? null : scan.headline.text(), titleWithoutSite(page.title(), siteName));
        List<String> dates = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            add(dates, scan.meta(name));
        }
        add(dates, ld.datePublished());
        for (Element time : scan.times) {
            add(dates, first(time.attr("datetime"), time.attr("content"), time.text()));
        }
        for (Element hint : scan.dateHints) {
            String text = hint.text();
            if (text.length() <= 120) {
                add(dates, text);
            }
        }
        String author = cleanByline(first(ld.author(), metaAny(scan, AUTHOR_META), byline(scan)), siteName);
        String section = first(ld.section(), metaAny(scan, SECTION_META), breadcrumb(scan.breadcrumbs, title),
                sectionFromUrl(canonical));
        return new PageMetadata(title, siteName, canonical, dates, author, section);
    }

    /** "AS dan Korsel Sepakat ... - Warta Dunia" without the outlet's part. */
    static String titleWithoutSite(String title, String siteName) {
        String t = blankToNull(title);
        if (t == null) {
            return null;
        }
        String[] parts = t.split("\\s+[|\\-–—:·»]\\s+");
        if (parts.length == 1) {
            return t;
        }
        String longest = null;
        for (String part : parts) {
            boolean isSite = siteName != null && part.strip().equalsIgnoreCase(siteName.strip());
            if (!isSite && (longest == null || part.length() > longest.length())) {
                longest = part;
            }
        }
        return longest == null ? t : longest.strip();
    }

    private static String byline(PageScan scan) {
        for (Element e : scan.authorHints) {
            String text = e.text().strip();
            if (!text.isEmpty() && text.length() <= 100) {
                return text;
            }
        }
        return null;
    }

    /** The author's name from a byline: role labels, editors and the outlet's own name removed. */
    static String cleanByline(String byline, String siteName) {
        if (byline == null) {
            return null;
        }
        for (String part : BYLINE_SEPARATOR.split(byline)) {
            String name = BYLINE_LABEL.matcher(part.strip()).replaceFirst("").strip();
            if (name.isEmpty() || SECONDARY_ROLE.matcher(name).matches()
                    || (siteName != null && name.equalsIgnoreCase(siteName.replace(" ", "")))
                    || (siteName != null && name.equalsIgnoreCase(siteName))) {
                continue;
            }
            return name;
        }
        return null;
    }

    /** "/internasional/2023/..." names its section when the first path segment is a section word. */
    private String sectionFromUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            String path = URI.create(url).getPath();
            if (path == null) {
                return null;
            }
            for (String segment : path.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                String word = segment.replace('-', ' ');
                boolean section = word.chars().allMatch(c -> Character.isLetter(c) || c == ' ')
                        && vocabulary.match(word).whole().contains(InterfaceKind.SECTION);
                return section ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private String breadcrumb(Element crumbs, String title) {
        if (crumbs == null) {
            return null;
        }
        String section = null;
        for (Element item : crumbs.select("a, li, span[itemprop=name]")) {
            String text = item.text().strip();
            if (text.isEmpty() || text.length() > 40 || vocabulary.match(text).whole().contains(InterfaceKind.NAVIGATION)
                    || (title != null && title.startsWith(text))) {
                continue;
            }
            section = text;
        }
        return section;
    }


    private static String metaAny(PageScan scan, String... names) {
        for (String name : names) {
            String v = scan.meta(name);
            if (v != null && !v.startsWith("http")) {
                return v;
            }
        }
        return null;
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String href = blankToNull(link.absUrl("href"));
        if (href == null) {
            href = blankToNull(link.attr("href"));
        }
        try {
            return href == null || !URI.create(href).isAbsolute() ? null : href;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void add(List<String> list, String value) {
        String v = blankToNull(value);
        if (v != null && !list.contains(v)) {
            list.add(v);
        }
    }

    /** The first of {@code values} that is not blank, whitespace-normalized; null if none. */
    static String first(String... values) {
        for (String v : values) {
            String s = blankToNull(v);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}

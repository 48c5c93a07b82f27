package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One walk over a page that gathers every element metadata reading needs — meta tags, the canonical link,
 * JSON-LD blocks, the first headline, {@code <time>} elements, date, byline and breadcrumb elements — so that
 * reading metadata costs one traversal instead of one per question.
 */
final class PageScan {

    private static final int MAX_HINTS = 12;

    final Map<String, String> metas = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> dateHints = new ArrayList<>();
    final List<Element> authorHints = new ArrayList<>();
    Element canonical;
    Element headline;
    Element breadcrumbs;

    static PageScan of(Document page) {
        PageScan scan = new PageScan();
        for (Element e : page.getAllElements()) {
            scan.visit(e);
        }
        return scan;
    }

    /** The content of the first meta tag whose property, name or itemprop is {@code key} (any case). */
    String meta(String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                String content = e.attr("content");
                for (String attr : new String[] {"property", "name", "itemprop"}) {
                    String key = e.attr(attr);
                    if (!key.isEmpty() && !content.isBlank()) {
                        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                    }
                }
                return;
            }
            case "link" -> {
                if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel"))) {
                    canonical = e;
                }
                return;
            }
            case "script" -> {
                if ("application/ld+json".equalsIgnoreCase(e.attr("type").strip())) {
                    jsonLd.add(e.data());
                }
                return;
            }
            case "h1" -> {
                if (headline == null || (!insideArticle(headline) && insideArticle(e))) {
                    headline = e;
                }
            }
            case "time" -> {
                if (e.hasAttr("datetime") || e.hasAttr("pubdate")) {
                    times.add(e);
                }
            }
            default -> {
            }
        }
        if ("datePublished".equals(e.attr("itemprop")) && !"time".equals(e.normalName())) {
            times.add(e);
        }
        String classAndId = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (classAndId.isBlank() && !e.hasAttr("rel") && !e.hasAttr("itemprop") && !e.hasAttr("itemtype")) {
            return;
        }
        if (dateHints.size() < MAX_HINTS && containsAny(classAndId, "date", "time", "tanggal", "waktu", "publish", "posted")) {
            dateHints.add(e);
        }
        if (authorHints.size() < MAX_HINTS && ("author".equalsIgnoreCase(e.attr("rel"))
                || "author".equals(e.attr("itemprop"))
                || containsAny(classAndId, "author", "byline", "penulis", "reporter", "wartawan"))) {
            authorHints.add(e);
        }
        if (breadcrumbs == null && (containsAny(classAndId, "breadcrumb", "crumbs", "jalur")
                || e.attr("itemtype").contains("BreadcrumbList"))) {
            breadcrumbs = e;
        }
    }

    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if ("article".equals(p.normalName()) || "main".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}

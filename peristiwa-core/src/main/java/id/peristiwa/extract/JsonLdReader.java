package id.peristiwa.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads schema.org article metadata from a page's JSON-LD blocks ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}, ...), looking inside arrays and {@code @graph}. Broken JSON is ignored.
 */
final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
            "liveblogposting", "socialmediaposting");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article node's fields we use; any may be null. */
    record ArticleLd(String headline, String datePublished, String author, String section, String publisher,
                     String url) {
        static final ArticleLd NONE = new ArticleLd(null, null, null, null, null, null);
    }

    /** The article among the page's JSON-LD blocks ({@code <script type=application/ld+json>} contents). */
    ArticleLd read(List<String> blocks) {
        List<JsonNode> articles = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(JSON.readTree(block), articles, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // a broken JSON-LD block is common and tells us nothing; other sources remain
            }
        }
        if (articles.isEmpty()) {
            return ArticleLd.NONE;
        }
        articles.sort((a, b) -> Boolean.compare(isWebPage(a), isWebPage(b)));
        JsonNode a = articles.get(0);
        return new ArticleLd(text(a.get("headline")), text(a.get("datePublished")), name(a.get("author")),
                text(a.get("articleSection")), name(a.get("publisher")), text(a.get("url")));
    }

    private static boolean isWebPage(JsonNode node) {
        return types(node).contains("webpage");
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                out.add(node);
                break;
            }
        }
        collect(node.get("@graph"), out, depth + 1);
    }

    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode t = node.get("@type");
        if (t != null && t.isArray()) {
            t.forEach(x -> types.add(x.asText().toLowerCase(Locale.ROOT)));
        } else if (t != null) {
            types.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    /** A string, or the first string of an array. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String s = node.isValueNode() ? node.asText().strip() : null;
        return s == null || s.isEmpty() ? null : s;
    }

    /** A name: a string, an object's {@code name}, or the names of an array joined with commas. */
    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> {
                String s = name(n);
                if (s != null) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }
}

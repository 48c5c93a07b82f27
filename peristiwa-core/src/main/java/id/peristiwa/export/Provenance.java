package id.peristiwa.export;

import id.peristiwa.document.Article;
import java.util.Locale;

/** Where an exported article came from, as the export formats name it. */
final class Provenance {
    private Provenance() {
    }

    /** The article's URL, else the path it was read from, else null. */
    static String location(Article article) {
        return article.source().url() != null ? article.source().url() : article.source().path();
    }

    /** An enum constant as the exports write it: lower case ("negated", "actor_country"), or null. */
    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}

package id.peristiwa.cli;

import id.peristiwa.document.Article;
import java.util.Locale;

/** The human-readable form of an article for {@code --format text}: a header block, then the body. */
final class ArticleText {

    static String format(Article a) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(a.title() == null ? "(no title)" : a.title()).append('\n');
        line(s, "id", a.id());
        line(s, "outlet", a.source().outlet());
        line(s, "url", a.source().url());
        line(s, "path", a.source().path());
        line(s, "section", a.section());
        line(s, "published", a.published() == null ? null : a.published().toIso());
        line(s, "author", a.author());
        line(s, "language", a.language() + String.format(Locale.ROOT, " (%.2f)", a.languageConfidence()));
        if (a.dateline() != null) {
            line(s, "dateline", (a.dateline().place() == null ? "" : a.dateline().place())
                    + (a.dateline().outlet() == null ? "" : " / " + a.dateline().outlet()));
        }
        for (String w : a.warnings()) {
            line(s, "warning", w);
        }
        s.append('\n').append(a.text()).append('\n');
        return s.toString();
    }

    private static void line(StringBuilder s, String key, String value) {
        if (value != null) {
            s.append(key).append(": ").append(value).append('\n');
        }
    }

    private ArticleText() {
    }
}

package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import id.peristiwa.document.Span;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever arrives — random bytes, tag soup, text in odd encodings — extraction returns an article whose
 * spans are valid and never throws.
 */
class ExtractionProperties {

    private static final Extractor EXTRACTOR = Extractor.indonesian();

    @Property(tries = 300)
    void randomBytesAsHtml(@ForAll byte[] bytes) {
        check(EXTRACTOR.extract(RawDocument.html("acak.html", bytes)));
    }

    @Property(tries = 300)
    void tagSoup(@ForAll("tagSoup") String html) {
        check(EXTRACTOR.extract(RawDocument.html("sup.html", html.getBytes(StandardCharsets.UTF_8))));
        check(EXTRACTOR.extract(new RawDocument("sup.jsonl#1", null, null, ContentType.HTML, null, html,
                Map.of(), null, Map.of("date", html.length() > 40 ? html.substring(0, 40) : html))));
    }

    @Property(tries = 300)
    void capturedTextInAnyShape(@ForAll("capturedText") String text) {
        check(EXTRACTOR.extract(RawDocument.text("salinan.txt", text)));
    }

    @Property(tries = 200)
    void windows1252PagesDecodeToTheirText(@ForAll("latinText") String text) {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>" + text
                + "</p></article></body></html>";
        Article a = EXTRACTOR.extract(RawDocument.html("lama.html", page.getBytes(Charset.forName("windows-1252"))));
        check(a);
        String normalized = text.strip().replaceAll("\\s+", " ");
        assertThat(a.text()).doesNotContain("\uFFFD");
        for (Span p : a.paragraphs()) {
            assertThat(normalized).contains(p.of(a.text()));
        }
    }

    private static void check(Article a) {
        assertThat(a.id()).isNotBlank();
        int end = 0;
        for (Span p : a.paragraphs()) {
            assertThat(p.start()).isGreaterThanOrEqualTo(end);
            assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
            end = p.end();
        }
        if (a.dateline() != null) {
            assertThat(a.dateline().span().end()).isLessThanOrEqualTo(a.text().length());
        }
    }

    /** Letters, digits, spaces and the typographic marks Windows-1252 pages carry (no markup characters). */
    @Provide
    Arbitrary<String> latinText() {
        return Arbitraries.strings().withChars("abcdeéèüöAÉKLMZ0123 ,.;\u201c\u201d\u2018\u2019\u2013\u2014\u00a9")
                .ofMinLength(1).ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> pieces = Arbitraries.of("<p>", "</p>", "<div class='isi-berita'>", "</div>", "<script>",
                "</script>", "<a href='x'>", "</a>", "<br>", "<h1>", "<table><tr><td>", "<!--", "-->", "&amp;", "&#0;",
                "<meta charset='x-unknown'>", "<time datetime='2023-02-30'>", "Jakarta - ", "Presiden tiba di Seoul.",
                "\u201cKami siap,\u201d katanya.", "Baca juga:", "\u0000", "\uFFFD", " ", "\n",
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":", "}</script>");
        return pieces.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> capturedText() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("Beranda", "Loading...", "Bagikan", "Baca juga: Korut Uji Rudal", "Tulis komentar",
                        "Kirim", "Internasional", "Selasa, 31 Jan 2023 14:05 WIB", "", "Tag: AS Korsel",
                        "Seoul, Warta Dunia -- Menteri Pertahanan kedua negara bertemu di Seoul, Selasa (31/1).",
                        "\"Kami siap,\" kata Lee."),
                Arbitraries.strings().ofMaxLength(120));
        return lines.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }
}

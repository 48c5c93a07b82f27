package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.indonesian();

    private static byte[] page(String name) throws IOException {
        try (InputStream in = ExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsBodyAndMetadataOfANewsPage() throws IOException {
        Article a = EXTRACTOR.extract(RawDocument.html("kabar-seoul.html", page("kabar-seoul.html")));

        assertThat(a.title()).isEqualTo("Menhan AS dan Korsel Bahas Latihan Gabungan di Seoul");
        assertThat(a.section()).isEqualTo("Internasional");
        assertThat(a.author()).isEqualTo("Rina Kusuma");
        assertThat(a.source().outlet()).isEqualTo("Kabar Timur");
        assertThat(a.source().url()).isEqualTo("https://kabartimur.example/internasional/2023/01/31/menhan-as-korsel-latihan");
        assertThat(a.published().toIso()).isEqualTo("2023-01-31T14:05:00+07:00");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().stream().map(s -> s.of(a.text())).toList()).containsExactly(
                "Seoul, Kabar Timur -- Menteri Pertahanan Amerika Serikat Lloyd Austin bertemu dengan Menteri Pertahanan "
                        + "Korea Selatan Lee Jong-sup di Seoul, Selasa (31/1), untuk membahas perluasan latihan militer "
                        + "gabungan kedua negara.",
                "Dalam jumpa pers seusai pertemuan, Austin mengatakan bahwa Washington akan menambah pengerahan aset "
                        + "strategis ke Semenanjung Korea, seperti dikutip kantor berita Yonhap.",
                "\u201cKomitmen kami terhadap pertahanan Korea Selatan tidak tergoyahkan,\u201d kata Austin.",
                "Lee menyambut rencana tersebut. Menurut dia, latihan gabungan yang lebih besar diperlukan untuk "
                        + "menghadapi ancaman rudal Korea Utara yang terus meningkat sepanjang tahun lalu.",
                "Korea Utara belum menanggapi pertemuan itu. Pada masa lalu, Pyongyang kerap mengecam latihan gabungan "
                        + "sebagai gladi resik invasi.");
        assertThat(a.text()).doesNotContain("Baca juga", "Advertisement", "Komentar", "cookie", "Terpopuler", "Hak cipta");
        assertThat(a.boilerplateRemoved()).isPositive();
    }

    @Test
    void recognizesTheDatelineAndKeepsItInTheText() throws IOException {
        Article a = EXTRACTOR.extract(RawDocument.html("kabar-seoul.html", page("kabar-seoul.html")));

        assertThat(a.dateline()).isNotNull();
        assertThat(a.dateline().place()).isEqualTo("Seoul");
        assertThat(a.dateline().outlet()).isEqualTo("Kabar Timur");
        assertThat(a.text().substring(a.dateline().span().end())).startsWith("Menteri Pertahanan Amerika Serikat");
    }

    @Test
    void theSamePageGetsTheSameIdWhetherReadAsBytesOrText() throws IOException {
        byte[] bytes = page("kabar-seoul.html");
        Article fromBytes = EXTRACTOR.extract(RawDocument.html("a.html", bytes));
        Article fromText = EXTRACTOR.extract(new RawDocument("b.jsonl#1", null, null, id.peristiwa.document.ContentType.HTML,
                null, new String(bytes, StandardCharsets.UTF_8), null, null, null));
        assertThat(fromText.id()).isEqualTo(fromBytes.id()).hasSize(20);
    }

    @Test
    void aPageWithoutBodyYieldsAnEmptyArticleWithAWarning() {
        Article a = EXTRACTOR.extract(RawDocument.html("kosong.html",
                "<html><head><title>Beranda</title></head><body><nav><a href=/>Beranda</a></nav></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.warnings()).contains("no article body found");
    }

    @Test
    void brokenHtmlIsReadAsFarAsItGoes() {
        String html = "<html><body><div class='isi-berita'><p>Jakarta (Kabar Timur) - Pemerintah Indonesia mengirim "
                + "bantuan kemanusiaan ke Gaza, Rabu.<p>Bantuan berupa obat-obatan dan makanan itu diberangkatkan dari "
                + "Bandara Halim Perdanakusuma <b>dengan pesawat TNI AU.</div></span></table>";
        Article a = EXTRACTOR.extract(RawDocument.html("rusak.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.dateline().place()).isEqualTo("Jakarta");
        assertThat(a.dateline().outlet()).isEqualTo("Kabar Timur");
    }
}

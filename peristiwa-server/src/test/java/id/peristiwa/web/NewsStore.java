package id.peristiwa.web;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.store.Store;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small store of made-up Indonesian news, analysed by the real pipeline: the fixture of the API and browser
 * tests. One article is hostile: its title and text carry script tags, event-handler attributes and
 * {@code javascript:} links, none of which may ever run.
 */
final class NewsStore {

    static final String SEOUL = "https://kabar.contoh.id/internasional/as-korsel-perluas-latihan";
    static final String TOKYO = "https://kabar.contoh.id/internasional/jepang-protes-china";
    static final String HOSTILE = "https://warta.contoh.id/nasional/serangan-siber";

    /** What the hostile article's title and text try to inject. */
    static final String SCRIPT = "<script>window.__xss = 'script'; alert('xss')</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__xss = 'img'; alert('img')\">";
    static final String LINK = "<a href=\"javascript:window.__xss = 'link'\">klik di sini</a>";

    private NewsStore() {
    }

    /** Analyses the articles and stores them in {@code dir}; returns the directory. */
    static Path build(Path dir) {
        Pipeline pipeline = Pipeline.indonesian();
        try (Store store = Store.open(dir)) {
            for (RawDocument doc : documents()) {
                store.put(pipeline.analyze(doc));
            }
            store.commit();
        }
        return dir;
    }

    private static RawDocument[] documents() {
        return new RawDocument[] {
            news(SEOUL, "AS dan Korea Selatan Sepakat Perluas Latihan Militer Gabungan", "2024-03-12",
                    "kabar.contoh.id", "Internasional",
                    "SEOUL - Menteri Pertahanan Amerika Serikat Lloyd Austin mengunjungi Seoul pada Selasa "
                    + "(12/3/2024) dan bertemu Menteri Pertahanan Korea Selatan Shin Won-sik. Kedua menteri sepakat "
                    + "memperluas latihan militer gabungan tahun ini.\n\n"
                    + "Korea Utara mengecam latihan itu dan menuduh Amerika Serikat memprovokasi perang. \"Latihan "
                    + "ini adalah persiapan invasi,\" kata juru bicara Kementerian Luar Negeri Korea Utara seperti "
                    + "dikutip kantor berita KCNA.\n\n"
                    + "Amerika Serikat menjatuhkan sanksi baru kepada Korea Utara sepekan kemudian."),
            news(TOKYO, "Jepang Protes China atas Pelanggaran Wilayah Udara", "2024-04-03", "kabar.contoh.id",
                    "Internasional",
                    "TOKYO - Pemerintah Jepang memprotes China setelah pesawat militer China melanggar wilayah "
                    + "udara Jepang di dekat Nagasaki pada Rabu (3/4/2024).\n\n"
                    + "Kepala Sekretaris Kabinet Jepang mengatakan Tokyo telah memanggil duta besar China. "
                    + "\"Pelanggaran ini sama sekali tidak dapat diterima,\" ujarnya.\n\n"
                    + "Amerika Serikat menyatakan dukungan kepada Jepang dan mendesak China menahan diri."),
            news(HOSTILE, "Serangan Siber " + SCRIPT + " ke Situs Pemerintah " + IMAGE, "2024-05-20",
                    "warta.contoh.id", "Nasional",
                    "JAKARTA - Peretas menyerang situs Kementerian Komunikasi dan menyisipkan kode " + SCRIPT
                    + " ke halaman depan pada Senin (20/5/2024).\n\n"
                    + "Pemerintah Indonesia mengecam serangan itu. Warga diminta tidak membuka tautan " + LINK
                    + " maupun gambar " + IMAGE + " yang beredar di media sosial.\n\n"
                    + "Polisi menangkap dua tersangka di Jakarta sehari kemudian."),
        };
    }

    private static RawDocument news(String url, String title, String date, String outlet, String section,
                                     String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", date);
        fields.put("url", url);
        fields.put("outlet", outlet);
        fields.put("section", section);
        return new RawDocument(url, url, null, ContentType.TEXT, null, text, Map.of(), null, fields);
    }
}

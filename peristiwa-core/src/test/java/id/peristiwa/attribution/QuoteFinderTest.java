package id.peristiwa.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.RawDocument;
import id.peristiwa.event.Quote;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static final Pipeline PIPELINE = Pipeline.indonesian();
    private static final QuoteFinder FINDER = QuoteFinder.indonesian();

    private record Found(String speaker, String cue, String statement, boolean direct, String relay) {
    }

    private static List<Found> find(String text) {
        AnalyzedArticle analyzed = PIPELINE.analyze(PIPELINE.process(RawDocument.text("berita.txt", text)));
        String clean = analyzed.article().text();
        return FINDER.find(analyzed).stream().map(q -> found(q, clean)).toList();
    }

    private static Found found(Quote q, String text) {
        return new Found(q.speaker() == null ? null : q.speaker().name(), q.cue() == null ? null : q.cue().of(text),
                q.statement().of(text), q.direct(), q.relay());
    }

    @Test
    void aQuotationFollowedByItsCueAndSpeaker() {
        assertThat(find("""
                Menteri Pertahanan Amerika Serikat Lloyd Austin tiba di Seoul, Selasa (31/1).

                \u201CKami siap membela sekutu kami,\u201D kata Austin dalam konferensi pers di Seoul.
                """)).containsExactly(new Found("Lloyd Austin", "kata", "Kami siap membela sekutu kami,", true, null));
    }

    @Test
    void aQuotationAfterItsSpeakerAndCue() {
        assertThat(find("""
                Menteri Pertahanan Amerika Serikat Lloyd Austin tiba di Seoul, Selasa (31/1).

                Austin mengatakan, \u201CLatihan gabungan ini bersifat defensif.\u201D
                """)).containsExactly(
                new Found("Lloyd Austin", "mengatakan", "Latihan gabungan ini bersifat defensif.", true, null));
    }

    @Test
    void thePressMarkOpensAndClosesAQuotationOverTwoSentencesRelayedFromAnAgency() {
        List<Found> quotes = find("""
                Menteri Pertahanan Korea Selatan Lee Jong-sup menerima Austin di Seoul, Selasa (31/1).

                \u201DKami tidak akan mundur. Kami akan terus memperkuat pertahanan,\u201D ujarnya seperti dikutip \
                kantor berita Yonhap.
                """);
        assertThat(quotes).containsExactly(new Found("Lee Jong-sup", "ujarnya",
                "Kami tidak akan mundur. Kami akan terus memperkuat pertahanan,", true, "Yonhap"));
    }

    @Test
    void lowAndGuillemetMarksAreQuotationsToo() {
        assertThat(find("""
                Presiden Joko Widodo membuka rapat terbatas di Istana Merdeka, Senin (13/4).

                \u201EBantuan harus sampai minggu ini,\u201C kata Presiden.

                \u00ABJangan ada yang tertinggal,\u00BB tegas Jokowi.
                """)).extracting(Found::cue, Found::statement, Found::direct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kata", "Bantuan harus sampai minggu ini,", true),
                org.assertj.core.groups.Tuple.tuple("tegas", "Jangan ada yang tertinggal,", true));
    }

    @Test
    void indirectSpeechKeepsTheComplementWithoutBahwa() {
        List<Found> quotes = find("""
                Menteri Pertahanan Korea Selatan Lee Jong-sup memimpin rapat di Seoul, Rabu (1/2).

                Ia mengatakan bahwa Korea Utara terus melakukan provokasi di perbatasan.
                """);
        assertThat(quotes).containsExactly(new Found("Lee Jong-sup", "mengatakan",
                "Korea Utara terus melakukan provokasi di perbatasan", false, null));
    }

    @Test
    void menurutPutsTheSpeakerBeforeTheStatement() {
        List<Found> quotes = find("""
                Menteri Pertahanan Korea Selatan Lee Jong-sup memimpin rapat di Seoul, Rabu (1/2).

                Menurut Lee, latihan gabungan akan diperluas tahun ini.
                """);
        assertThat(quotes).containsExactly(
                new Found("Lee Jong-sup", "Menurut", "latihan gabungan akan diperluas tahun ini", false, null));
    }

    @Test
    void aBareContinuationTakesThePreviousSpeaker() {
        List<Found> quotes = find("""
                Menteri Pertahanan Amerika Serikat Lloyd Austin tiba di Seoul, Selasa (31/1).

                \u201CKami siap membela sekutu kami,\u201D kata Austin.

                \u201CTidak ada yang berubah dalam komitmen kami.\u201D

                Dilansir Fars, Iran mengecam latihan itu.
                """);
        assertThat(quotes).containsExactly(
                new Found("Lloyd Austin", "kata", "Kami siap membela sekutu kami,", true, null),
                new Found("Lloyd Austin", null, "Tidak ada yang berubah dalam komitmen kami.", true, null));
    }

    @Test
    void scareQuotesInsideASentenceAreNoSpeech() {
        assertThat(find("""
                Militer Amerika Serikat menggelar operasi \u201CBadai Gurun\u201D di kawasan itu pada 1991.
                """)).isEmpty();
    }

    @Test
    void anInterviewWithAnAgencyIsARelay() {
        List<Found> quotes = find("""
                Menteri Luar Negeri Rusia Sergei Lavrov berbicara tentang Ukraina, Kamis (2/2).

                \u201CKami tidak menginginkan perang,\u201D kata Lavrov dalam wawancara dengan kantor berita TASS.
                """);
        assertThat(quotes).extracting(Found::relay).containsExactly("TASS");
    }

    @Test
    void aCueAddressedToAnOutletIsARelay() {
        List<Found> quotes = find("""
                Juru bicara Gedung Putih John Kirby menanggapi uji coba rudal itu, Jumat (3/2).

                \u201CIni provokasi yang berbahaya,\u201D kata Kirby kepada Reuters.
                """);
        assertThat(quotes).extracting(Found::cue, Found::relay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kata", "Reuters"));
    }

    @Test
    void aQuotationOverTwoParagraphsIsOneStatement() {
        List<Found> quotes = find("""
                Menteri Pertahanan Amerika Serikat Lloyd Austin tiba di Seoul, Selasa (31/1).

                \u201CKami datang untuk mendengar.

                \u201CKami juga datang untuk bertindak,\u201D kata Austin.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.statement()).startsWith("Kami datang untuk mendengar.").endsWith("bertindak,");
            assertThat(q.speaker()).isEqualTo("Lloyd Austin");
        });
    }
}

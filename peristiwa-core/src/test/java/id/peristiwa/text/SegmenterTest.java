package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.document.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();

    private static List<String> sentences(String text) {
        return SEGMENTER.sentences(text, List.of(new Span(0, text.length())), null).stream()
                .map(s -> s.of(text)).toList();
    }

    private static List<String> tokens(String text) {
        return SEGMENTER.tokens(text, new Span(0, text.length())).stream()
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    private static Token token(String text, String surface) {
        return SEGMENTER.tokens(text, new Span(0, text.length())).stream()
                .filter(t -> text.substring(t.start(), t.end()).equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void titlesAndAbbreviationsInsideASentenceDoNotEndIt() {
        String text = "Rektor UI Prof. Dr. Ari Kuncoro, S.E., M.M. membuka seminar di Jl. Salemba Raya No. 4, "
                + "Jakarta Pusat. Seminar itu dihadiri Hj. Siti Aminah dan Letjen. TNI Purn. Agus Sutomo.";

        assertThat(sentences(text)).containsExactly(
                "Rektor UI Prof. Dr. Ari Kuncoro, S.E., M.M. membuka seminar di Jl. Salemba Raya No. 4, "
                        + "Jakarta Pusat.",
                "Seminar itu dihadiri Hj. Siti Aminah dan Letjen. TNI Purn. Agus Sutomo.");
        assertThat(tokens(text)).startsWith("Rektor", "UI", "Prof.", "Dr.", "Ari", "Kuncoro", ",", "S.E.", ",",
                "M.M.", "membuka");
        assertThat(token(text, "Prof.").flags()).containsExactlyInAnyOrder(TokenFlag.ABBREVIATION, TokenFlag.TITLE);
        assertThat(token(text, "M.M.").flags()).containsExactly(TokenFlag.ABBREVIATION);
    }

    @Test
    void anAbbreviationBeforeACapitalEndsTheSentence() {
        String text = "Penelitian itu disusun Rahmawati dkk. Hasilnya diumumkan di Bandung, Senin.";

        assertThat(sentences(text)).containsExactly("Penelitian itu disusun Rahmawati dkk.",
                "Hasilnya diumumkan di Bandung, Senin.");
    }

    @Test
    void companySuffixesFollowingEachOtherStayInOneSentence() {
        String text = "Saham dibeli Encore Energy Pte. Ltd. dari PT Medco Energi Internasional Tbk. pekan lalu.";

        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void anAbbreviationBeforeAnInitialEndsTheSentence() {
        String text = "Bentangan sayapnya mencapai 1.700 mm. M. Akib Latuconsina meneliti burung itu.";

        assertThat(sentences(text)).containsExactly("Bentangan sayapnya mencapai 1.700 mm.",
                "M. Akib Latuconsina meneliti burung itu.");
    }

    @Test
    void initialsBelongToTheName() {
        String text = "Presiden ketiga RI, B. J. Habibie, lahir di Parepare. Direktur Utama Agus D.W. Martowardojo "
                + "hadir.";

        assertThat(sentences(text)).containsExactly("Presiden ketiga RI, B. J. Habibie, lahir di Parepare.",
                "Direktur Utama Agus D.W. Martowardojo hadir.");
        assertThat(token(text, "B.").flags()).containsExactlyInAnyOrder(TokenFlag.ABBREVIATION, TokenFlag.INITIAL);
    }

    @Test
    void numbersKeepTheirSeparators() {
        String text = "Harga cabai naik menjadi Rp28.500 per kilogram, atau 1,5 persen. Data itu dirilis pada 31/1 "
                + "pukul 10.15 WIB.";

        assertThat(sentences(text)).containsExactly(
                "Harga cabai naik menjadi Rp28.500 per kilogram, atau 1,5 persen.",
                "Data itu dirilis pada 31/1 pukul 10.15 WIB.");
        assertThat(tokens(text)).containsExactly("Harga", "cabai", "naik", "menjadi", "Rp", "28.500", "per",
                "kilogram", ",", "atau", "1,5", "persen", ".", "Data", "itu", "dirilis", "pada", "31/1", "pukul",
                "10.15", "WIB", ".");
        for (String number : List.of("28.500", "1,5", "31/1", "10.15")) {
            assertThat(token(text, number).flags()).containsExactly(TokenFlag.NUMBER);
        }
    }

    @Test
    void aSentenceEndingInsideAClosingQuoteEndsAfterIt() {
        String text = "\"Kami siap.\" Ia lalu meninggalkan ruang sidang.";

        assertThat(sentences(text)).containsExactly("\"Kami siap.\"", "Ia lalu meninggalkan ruang sidang.");
    }

    @Test
    void aQuotationFollowedByItsAttributionIsOneSentence() {
        assertThat(sentences("\"Kami siap,\" katanya.")).containsExactly("\"Kami siap,\" katanya.");
        assertThat(sentences("\u201CKami siap!\u201D kata Kapolda Jawa Barat."))
                .containsExactly("\u201CKami siap!\u201D kata Kapolda Jawa Barat.");
        assertThat(sentences("\"Pasukan sudah disiagakan. Kami menunggu perintah,\" kata Kapendam. Warga diminta "
                + "tenang.")).containsExactly(
                "\"Pasukan sudah disiagakan. Kami menunggu perintah,\" kata Kapendam.", "Warga diminta tenang.");
    }

    @Test
    void quotationMarksOfEveryKindAreQuoteTokens() {
        String text = "Ia menyebut \u201Crevolusi mental\u201D, \u2018blusukan\u2019 dan \u00ABnawacita\u00BB.";

        assertThat(tokens(text)).containsExactly("Ia", "menyebut", "\u201C", "revolusi", "mental", "\u201D", ",",
                "\u2018", "blusukan", "\u2019", "dan", "\u00AB", "nawacita", "\u00BB", ".");
        assertThat(token(text, "\u201C").flags()).containsExactlyInAnyOrder(TokenFlag.PUNCTUATION, TokenFlag.QUOTE);
        assertThat(token(text, "\u201C").normalized()).isEqualTo("\"");
        assertThat(token(text, "\u2018").normalized()).isEqualTo("'");
    }

    @Test
    void questionsExclamationsAndEllipsesEndSentences() {
        String text = "Apakah harga beras akan turun? Pemerintah belum menjawab... Warga pun kecewa!";

        assertThat(sentences(text)).containsExactly("Apakah harga beras akan turun?", "Pemerintah belum menjawab...",
                "Warga pun kecewa!");
    }

    @Test
    void dashesAreTokensInsideTheSentence() {
        String text = "Gempa itu \u2013 berkekuatan 5,6 \u2013 merusak 200 rumah -- kata BMKG.";

        assertThat(sentences(text)).containsExactly(text);
        assertThat(tokens(text)).containsExactly("Gempa", "itu", "\u2013", "berkekuatan", "5,6", "\u2013", "merusak",
                "200", "rumah", "--", "kata", "BMKG", ".");
        assertThat(token(text, "--").normalized()).isEqualTo("-");
    }

    @Test
    void rangesBetweenNumbersAndNamesAreCut() {
        assertThat(tokens("Kunjungan 19-21 Agustus, periode Januari-September, tol Jagorawi-Cinere."))
                .containsExactly("Kunjungan", "19", "-", "21", "Agustus", ",", "periode", "Januari", "-", "September",
                        ",", "tol", "Jagorawi", "-", "Cinere", ".");
    }

    @Test
    void theDatelineBelongsToNoSentence() {
        String text = "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Sukamahi di Bogor. "
                + "Bendungan itu menampung 1,68 juta meter kubik air.";
        Span dateline = new Span(0, 22);

        List<Span> sentences = SEGMENTER.sentences(text, List.of(new Span(0, text.length())), dateline);

        assertThat(sentences).containsExactly(new Span(22, 82), new Span(83, 133));
        assertThat(sentences.getFirst().of(text)).startsWith("Presiden Joko Widodo");
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "Banjir merendam Bekasi\n\nRatusan warga mengungsi ke masjid. Air mulai surut.";
        List<Span> paragraphs = List.of(new Span(0, 22), new Span(24, text.length()));

        assertThat(SEGMENTER.sentences(text, paragraphs, null))
                .containsExactly(new Span(0, 22), new Span(24, 58), new Span(59, 75));
    }

    @Test
    void addressesHashtagsAndMentionsAreSingleTokens() {
        String text = "Laporkan ke https://www.lapor.go.id/pengaduan. atau humas@polri.go.id, tagar #PemiluDamai "
                + "dan @DivHumas_Polri (www.bps.go.id).";

        assertThat(tokens(text)).containsExactly("Laporkan", "ke", "https://www.lapor.go.id/pengaduan", ".", "atau",
                "humas@polri.go.id", ",", "tagar", "#PemiluDamai", "dan", "@DivHumas_Polri", "(", "www.bps.go.id",
                ")", ".");
        assertThat(token(text, "https://www.lapor.go.id/pengaduan").flags()).containsExactly(TokenFlag.URL);
        assertThat(token(text, "www.bps.go.id").flags()).containsExactly(TokenFlag.URL);
        assertThat(token(text, "humas@polri.go.id").flags()).containsExactly(TokenFlag.EMAIL);
        assertThat(token(text, "#PemiluDamai").flags()).containsExactly(TokenFlag.HASHTAG);
        assertThat(token(text, "@DivHumas_Polri").flags()).containsExactly(TokenFlag.MENTION);
        assertThat(token(text, "#PemiluDamai").normalized()).isEqualTo("#pemiludamai");
    }

    @Test
    void reduplicationsAreOneFlaggedToken() {
        String text = "Latihan-latihan itu diikuti anak-anaknya, bermain-main di lapangan, bukan non-migas.";

        assertThat(tokens(text)).containsExactly("Latihan-latihan", "itu", "diikuti", "anak-anaknya", ",",
                "bermain-main", "di", "lapangan", ",", "bukan", "non-migas", ".");
        assertThat(token(text, "Latihan-latihan").flags()).containsExactly(TokenFlag.REDUPLICATION);
        assertThat(token(text, "Latihan-latihan").normalized()).isEqualTo("latihan-latihan");
        assertThat(token(text, "anak-anaknya").flags())
                .containsExactlyInAnyOrder(TokenFlag.REDUPLICATION, TokenFlag.CLITIC_NYA);
        assertThat(token(text, "bermain-main").flags()).containsExactly(TokenFlag.REDUPLICATION);
        assertThat(token(text, "non-migas").flags()).isEmpty();
    }

    @Test
    void cliticsStayAttachedAndShowAsFlags() {
        String text = "Apakah rumahnya kuambil? Inilah yang kaulihat, hanya sekolah dan masalah yang kuat.";

        assertThat(tokens(text)).startsWith("Apakah", "rumahnya", "kuambil", "?", "Inilah");
        assertThat(token(text, "Apakah").flags()).containsExactly(TokenFlag.CLITIC_KAH);
        assertThat(token(text, "rumahnya").flags()).containsExactly(TokenFlag.CLITIC_NYA);
        assertThat(token(text, "kuambil").flags()).containsExactly(TokenFlag.PREFIX_KU);
        assertThat(token(text, "Inilah").flags()).containsExactly(TokenFlag.CLITIC_LAH);
        assertThat(token(text, "kaulihat").flags()).containsExactly(TokenFlag.PREFIX_KAU);
        for (String plain : List.of("hanya", "sekolah", "masalah", "kuat")) {
            assertThat(token(text, plain).flags()).as(plain).isEmpty();
        }
        // Words shorter than exceptions that share their opening ("kuali" beside "kualitas").
        String food = "Wisata kuliner: ikan dimasak di kuali, lalu kupilah.";
        for (String plain : List.of("kuliner", "kuali")) {
            assertThat(token(food, plain).flags()).as(plain).isEmpty();
        }
        assertThat(token(food, "kupilah").flags()).containsExactlyInAnyOrder(TokenFlag.PREFIX_KU, TokenFlag.CLITIC_LAH);
    }

    @Test
    void currencyAndUnits() {
        assertThat(tokens("Luasnya 60 km\u00B2 dengan anggaran Rp1,02 triliun atau US$5 juta."))
                .containsExactly("Luasnya", "60", "km\u00B2", "dengan", "anggaran", "Rp", "1,02", "triliun", "atau",
                        "US", "$", "5", "juta", ".");
    }

    @Test
    void tokensAreLimitedToTheGivenSpanAndCarryNormalizedForms() {
        String text = "JAKARTA - Menteri Keuangan Sri Mulyani";

        List<Token> tokens = SEGMENTER.tokens(text, new Span(10, 26));

        assertThat(tokens).containsExactly(new Token(10, 17, "menteri", Set.of()),
                new Token(18, 26, "keuangan", Set.of()));
    }

    @Test
    void emptyAndBlankParagraphsHaveNoSentences() {
        assertThat(SEGMENTER.sentences("   ", List.of(new Span(0, 3)), null)).isEmpty();
        assertThat(SEGMENTER.sentences("", List.of(), null)).isEmpty();
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> SEGMENTER.tokens("Banjir", new Span(0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emojiAndSymbolsAreSingleTokens() {
        String text = "Suku bunga naik 0,25% \uD83D\uDC4D\uD83C\uDFFD hari ini.";

        assertThat(tokens(text)).containsExactly("Suku", "bunga", "naik", "0,25", "%", "\uD83D\uDC4D\uD83C\uDFFD",
                "hari", "ini", ".");
        assertThat(token(text, "%").flags()).containsExactly(TokenFlag.PUNCTUATION);
    }

    @Test
    void aLongSentenceIsReadInPiecesThatCoverItExactly() {
        String text = "Warga " + "desa ".repeat(449) + "mengungsi.";
        Sentence sentence = Segmenter.indonesian().segment(text, List.of(new Span(0, text.length())), null).getFirst();

        List<Sentence> pieces = sentence.pieces(200);

        assertThat(sentence.tokens()).hasSize(452);
        assertThat(pieces).extracting(p -> p.tokens().size()).containsExactly(200, 200, 52);
        assertThat(pieces.getFirst().span().start()).isZero();
        assertThat(pieces.getLast().span().end()).isEqualTo(text.length());
        assertThat(pieces.get(1).span().start()).isEqualTo(pieces.get(0).tokens().getLast().end() + 1);
        assertThat(sentence.pieces(452)).containsExactly(sentence);
    }
}

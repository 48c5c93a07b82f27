package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceTest {

    private static final Segmenter SEGMENTER = Segmenter.indonesian();
    private static final Coreference COREFERENCE = Coreference.indonesian();
    private static final MentionFinder FINDER = MentionFinder.indonesian();

    private static final Actor AUSTIN = new Actor("USAMIL", "USA", "MIL", "Lloyd Austin", "Kepala Pentagon");
    private static final Actor LEE = new Actor("KORGOV", "KOR", "GOV", "Lee Jong-sup",
            "Menteri Pertahanan Korea Selatan");
    private static final Actor KOREA_SELATAN = new Actor("KOR", "KOR", null, "Korea Selatan", null);
    private static final Actor KOREA_UTARA = new Actor("PRK", "PRK", null, "Korea Utara", null);
    private static final Actor PENTAGON = new Actor("USAMIL", "USA", "MIL", "Pentagon", null);

    private static final String TEXT = "Kepala Pentagon Lloyd Austin bertemu dengan Menteri Pertahanan Korea Selatan "
            + "Lee Jong-sup di Seoul, Selasa (31/1). Austin mengatakan kedua negara sepakat memperluas latihan "
            + "gabungan. \u201CKami tidak akan mundur menghadapi Korea Utara,\u201D katanya. Lee menyambut baik "
            + "rencana itu. Keduanya juga membahas uji coba rudal Korea Utara. Negara ini telah meluncurkan "
            + "tiga rudal balistik sepanjang Januari.";

    @Test
    void surnamesPronounsAndGroupsTakeTheActorsNamedBefore() {
        List<Mention> names = List.of(
                name("Pentagon", MentionKind.ORGANIZATION, PENTAGON, 0),
                name("Lloyd Austin", MentionKind.PERSON, AUSTIN, 0),
                name("Korea Selatan", MentionKind.COUNTRY, KOREA_SELATAN, 0),
                name("Lee Jong-sup", MentionKind.PERSON, LEE, 0),
                name("Seoul", MentionKind.LOCATION, null, 0),
                name("Korea Utara", MentionKind.COUNTRY, KOREA_UTARA, 0),
                name("Korea Utara", MentionKind.COUNTRY, KOREA_UTARA, 1));

        List<Mention> mentions = COREFERENCE.resolve(TEXT, sentences(), names);

        assertThat(mentions).extracting(Mention::text).containsExactly("Pentagon", "Lloyd Austin",
                "Korea Selatan", "Lee Jong-sup", "Seoul", "Austin", "kedua negara", "Korea Utara", "katanya", "Lee",
                "Keduanya", "Korea Utara", "Negara ini");
        assertThat(mentions.get(5)).isEqualTo(new Mention(span("Austin", 1), "Austin", MentionKind.PERSON, AUSTIN,
                List.of(1)));
        // "kedua negara" are countries: Korea Selatan itself where it was named, the US through Austin.
        assertThat(mentions.get(6).refersTo()).containsExactly(1, 2);
        assertThat(mentions.get(6).kind()).isEqualTo(MentionKind.COUNTRY);
        assertThat(mentions.get(6).actor()).isNull();
        // The speaker of the quotation is Austin, not Korea Utara named inside it.
        assertThat(mentions.get(8).refersTo()).containsExactly(1);
        assertThat(mentions.get(8).actor()).isEqualTo(AUSTIN);
        assertThat(mentions.get(9).refersTo()).containsExactly(3);
        assertThat(mentions.get(9).actor()).isEqualTo(LEE);
        assertThat(mentions.get(10).refersTo()).containsExactly(1, 3);
        assertThat(mentions.get(10).kind()).isEqualTo(MentionKind.PERSON);
        assertThat(mentions.get(12).refersTo()).containsExactly(11);
        assertThat(mentions.get(12).actor()).isEqualTo(KOREA_UTARA);
    }

    @Test
    void aReferenceWithNothingBeforeItIsNoMention() {
        String text = "Dia mengatakan kedua negara akan bertemu lagi bulan depan.";
        List<Sentence> sentences = SEGMENTER.segment(text, List.of(new Span(0, text.length())), null);

        assertThat(COREFERENCE.resolve(text, sentences, List.of())).isEmpty();
    }

    @Test
    void aRepeatedNameWithoutItsRoleKeepsTheActor() {
        String text = "Duta Besar Korea Utara untuk Rusia Sin Hong-chol bertemu Sergei Lavrov di Moskow. "
                + "Sin Hong-chol menyerahkan surat dari Pyongyang.";
        Actor sin = new Actor("PRKGOV", "PRK", "GOV", "Sin Hong-chol", "Duta Besar Korea Utara untuk Rusia");
        List<Sentence> sentences = SEGMENTER.segment(text, List.of(new Span(0, text.length())), null);
        int second = text.lastIndexOf("Sin Hong-chol");
        List<Mention> names = List.of(
                new Mention(new Span(text.indexOf("Sin"), text.indexOf("Sin") + 13), "Sin Hong-chol",
                        MentionKind.PERSON, sin),
                new Mention(new Span(second, second + 13), "Sin Hong-chol", MentionKind.PERSON, null));

        List<Mention> mentions = COREFERENCE.resolve(text, sentences, names);

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(1).actor()).isEqualTo(sin);
        assertThat(mentions.get(1).refersTo()).containsExactly(0);
    }

    @Test
    void aSurnameTheTaggerTookForAPlaceIsStillThePerson() {
        String text = "Menteri Pertahanan AS Lloyd Austin tiba di Jakarta. Austin disambut Menhan Prabowo Subianto.";
        Actor austin = new Actor("USAGOV", "USA", "GOV", "Lloyd Austin", "Menteri Pertahanan AS");
        int second = text.indexOf("Austin disambut");

        List<Mention> mentions = resolve(text, List.of(given(text, "Lloyd Austin", 0, MentionKind.PERSON, austin),
                given(text, "Austin", second, MentionKind.LOCATION, null)));

        assertThat(mentions.get(1)).isEqualTo(new Mention(new Span(second, second + 6), "Austin", MentionKind.PERSON,
                austin, List.of(0)));
    }

    /** Coreference over names given by hand, as earlier stages (the name tagger among them) would find them. */
    private static List<Mention> resolve(String text, List<Mention> names) {
        return COREFERENCE.resolve(text, SEGMENTER.segment(text, List.of(new Span(0, text.length())), null), names);
    }

    /** The name {@code name} where it first occurs in {@code text} at or after {@code from}. */
    private static Mention given(String text, String name, int from, MentionKind kind, Actor actor) {
        int at = text.indexOf(name, from);
        return new Mention(new Span(at, at + name.length()), name, kind, actor);
    }

    /** Names found sentence by sentence by the gazetteer, then resolved, as the pipeline does. */
    private static List<Mention> analyze(String text, LocalDate date) {
        List<Sentence> sentences = SEGMENTER.segment(text, List.of(new Span(0, text.length())), null);
        List<Mention> names = new ArrayList<>();
        for (Sentence sentence : sentences) {
            names.addAll(FINDER.find(text, sentence, date));
        }
        return COREFERENCE.resolve(text, sentences, names);
    }

    /** The codes a mention stands for: its own actor's, else those of the mentions it refers to. */
    private static List<String> codes(List<Mention> all, String text) {
        Mention m = all.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        if (m.actor() != null) {
            return List.of(m.actor().code());
        }
        return m.refersTo().stream().map(i -> all.get(i).actor().code()).toList();
    }

    @Test
    void aPersonIsLaterCalledByTheFirstWordOfTheNameToo() {
        List<Mention> mentions = analyze("Perdana Menteri China Li Qiang bertemu Anwar Ibrahim di Putrajaya. "
                + "Li menawarkan kerja sama kereta cepat. Juru bicara Kemhan Frega Wenas Inkiriwang hadir. "
                + "Frega menegaskan kesiapan TNI.", LocalDate.of(2024, 6, 19));

        assertThat(codes(mentions, "Li")).containsExactly("CHNGOV");
        assertThat(codes(mentions, "Frega")).containsExactly("IDNGOV");
    }

    @Test
    void aClauseOpeningWordListedAsNoSurnameStaysOut() {
        List<Mention> mentions = analyze("Juru bicara Kemlu Lalu Muhammad Iqbal menerima wartawan. "
                + "Lalu ia menjawab pertanyaan soal Gaza.", LocalDate.of(2024, 1, 8));

        assertThat(mentions).extracting(Mention::text).containsExactly("Kemlu", "Lalu Muhammad Iqbal", "ia",
                "Gaza");
        assertThat(codes(mentions, "ia")).containsExactly("IDNGOV");
    }

    @Test
    void aPronounOpeningASentenceIsTheSubjectOfTheOneBefore() {
        List<Mention> mentions = analyze("Presiden Vietnam Vo Van Thuong menerima Perdana Menteri Jepang Fumio "
                + "Kishida di Hanoi. Dia menyebut kedatangan tamunya sebagai tonggak baru.", LocalDate.of(2023, 6, 2));

        assertThat(codes(mentions, "Dia")).containsExactly("VNMGOV");
    }

    @Test
    void aLoneCompassWordIsTheHalfOfTheDividedCountryNamedBefore() {
        List<Mention> mentions = analyze("Korea Utara kembali menembakkan rudal balistik. Seoul tidak akan "
                + "mentolerir provokasi dari Utara, kata Menteri Unifikasi Korea Selatan.", LocalDate.of(2024, 1, 5));

        assertThat(codes(mentions, "Utara")).containsExactly("PRK");
        // Inside a longer name, or with no such country named before, it is no reference.
        assertThat(analyze("Ribuan warga Sumatera Utara berunjuk rasa. Gubernur menemui mereka.",
                LocalDate.of(2024, 1, 5))).extracting(Mention::text).doesNotContain("Utara");
        assertThat(analyze("Angin dari Utara membawa hujan ke Jakarta.", LocalDate.of(2024, 1, 5)))
                .extracting(Mention::text).doesNotContain("Utara");
    }

    @Test
    void twoCountriesReferredToComeInTheOrderTheArticleFirstNamedThem() {
        List<Mention> mentions = analyze("Pemerintah Thailand meminta maaf kepada Kamboja. Militer Thailand "
                + "menarik pasukannya. Perbatasan kedua negara pernah menjadi lokasi bentrokan.",
                LocalDate.of(2024, 1, 5));

        assertThat(codes(mentions, "kedua negara")).containsExactly("THAMIL", "KHM");
    }

    @Test
    void pihaknyaIsTheSideOfTheSentencesSubject() {
        List<Mention> mentions = analyze("Korsel memperingatkan Korut bahwa pihaknya siap membalas setiap "
                + "provokasi.", LocalDate.of(2024, 1, 5));

        assertThat(codes(mentions, "pihaknya")).containsExactly("KOR");
    }

    @Test
    void countedCountriesAreTheCoordinationThatNamesThatMany() {
        List<Mention> mentions = analyze("Jepang, Filipina, dan AS menggelar latihan maritim di dekat Palawan. "
                + "Beijing mengecam latihan itu. Ketiga negara itu menolak tuduhan Beijing.",
                LocalDate.of(2024, 4, 8));

        assertThat(codes(mentions, "Ketiga negara itu")).containsExactly("JPN", "PHL", "USA");
    }

    @Test
    void theNeighboursOfTheSubjectLeaveTheSubjectOut() {
        List<Mention> mentions = analyze("Korsel dan Jepang menyambut usulan dialog ekonomi. China berjanji "
                + "memperluas perdagangan dengan kedua tetangganya.", LocalDate.of(2024, 5, 28));

        assertThat(codes(mentions, "kedua tetangganya")).containsExactly("KOR", "JPN");
    }

    @Test
    void aCountryAnaphorLooksBeforeItsSentenceOrTakesTheCountryOfAnOfficial() {
        List<Mention> seized = analyze("Vietnam menahan sebuah kapal nelayan asing. Malaysia memprotes "
                + "penahanan oleh negara itu.", LocalDate.of(2024, 3, 1));
        assertThat(codes(seized, "negara itu")).containsExactly("VNM");

        List<Mention> home = analyze("Menhan Sjafrie Sjamsoeddin meninjau pabrik amunisi di Malang. Menurutnya, "
                + "negara ini harus mandiri dalam persenjataan.", LocalDate.of(2025, 2, 10));
        assertThat(codes(home, "Menurutnya")).containsExactly("IDNGOV");
        assertThat(codes(home, "negara ini")).containsExactly("IDN");

        List<Mention> own = analyze("Perdana Menteri Selandia Baru Christopher Luxon menyebut negaranya tidak "
                + "akan bergabung dengan pakta itu.", LocalDate.of(2024, 4, 10));
        assertThat(codes(own, "negaranya")).containsExactly("NZL");
    }

    @Test
    void organizationAnaphorsMatchTheirHeadNounAndMerekaTakesTheGroup() {
        List<Mention> ministry = analyze("Kementerian Pertahanan Jepang mengumumkan anggaran baru, seperti "
                + "dilaporkan Kyodo. Kementerian itu juga meminta tambahan rudal.", LocalDate.of(2024, 8, 30));
        assertThat(codes(ministry, "Kementerian itu")).containsExactly("JPNGOV");

        List<Mention> group = analyze("Hizbullah menembakkan puluhan roket ke Israel utara. Kelompok itu "
                + "mengatakan mereka membalas serangan udara.", LocalDate.of(2024, 8, 25));
        assertThat(codes(group, "Kelompok itu")).containsExactly("LBNREB");
        assertThat(codes(group, "mereka")).containsExactly("LBNREB");
    }

    @Test
    void merekaInsideAQuotationIsWhoeverTheSpeakerMeansNotTheGroupNamedBefore() {
        List<Mention> mentions = analyze("KPK memeriksa tiga saksi pada Senin. \"Sejak awal mereka sudah berjanji "
                + "hadir,\" kata juru bicara itu. Mereka juga menahan seorang tersangka.", LocalDate.of(2024, 8, 26));

        assertThat(mentions).filteredOn(m -> m.text().equals("mereka")).isEmpty();
        assertThat(codes(mentions, "Mereka")).containsExactly("IDNGOV");
    }

    @Test
    void pihaknyaIsTheSubjectEvenWhenNoListCodesIt() {
        String text = "Presiden Joko Widodo meresmikan gedung itu. Hermansyah menambahkan, pihaknya akan segera "
                + "menggelar sidang etik.";
        Actor jokowi = new Actor("IDNGOV", "IDN", "GOV", "Joko Widodo", "Presiden");

        List<Mention> mentions = resolve(text, List.of(given(text, "Joko Widodo", 0, MentionKind.PERSON, jokowi),
                given(text, "Hermansyah", 0, MentionKind.PERSON, null)));

        Mention party = mentions.stream().filter(m -> m.text().equals("pihaknya")).findFirst().orElseThrow();
        assertThat(party.actor()).isNull();
        assertThat(party.refersTo()).containsExactly(1);
    }

    @Test
    void merekaAfterPeopleNamedTogetherIsThosePeople() {
        List<Mention> mentions = ActorCodingTest.analyze("Kepolisian belum memeriksa Sheila Marcia dan Melodya "
                + "Vanesha. Hal itu lantaran kondisi kesehatan mereka belum pulih.", LocalDate.of(2017, 5, 8));

        Mention they = mentions.stream().filter(m -> m.text().equals("mereka")).findFirst().orElseThrow();
        assertThat(they.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(they.refersTo()).extracting(i -> mentions.get(i).text())
                .containsExactly("Sheila Marcia", "Melodya Vanesha");
    }

    @Test
    void aTitleAloneIsNoSurnameForALaterTitle() {
        List<Mention> mentions = analyze("Ketua MPR membuka sidang. Menurut Ketua dari fraksi lain, sidang itu sah.",
                LocalDate.of(2025, 8, 15));

        assertThat(mentions).noneMatch(m -> m.text().equals("Ketua") && !m.refersTo().isEmpty());
    }

    private static List<Sentence> sentences() {
        return SEGMENTER.segment(TEXT, List.of(new Span(0, TEXT.length())), null);
    }

    private static Mention name(String text, MentionKind kind, Actor actor, int occurrence) {
        return new Mention(span(text, occurrence), text, kind, actor);
    }

    private static Span span(String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(text, at + 1);
        }
        return new Span(at, at + text.length());
    }
}
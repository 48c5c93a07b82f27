package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder on sentences of each construction: voice, nominal forms, speech, negation, modality, joint acts. */
class EventCoderTest {

    private static final Pipeline PIPELINE = Pipeline.indonesian();

    private static List<Event> code(String text) {
        Article article = new Article("t", new Source(null, null, null), null, null,
                Published.of(LocalDate.of(2024, 5, 20)), null, "id", 1.0, null, text,
                List.of(new Span(0, text.length())), 0, List.of());
        return PIPELINE.analyze(article).events();
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    private static String line(Event e) {
        return e.type() + " " + codes(e.source()) + "->" + codes(e.target()) + " " + e.rule() + " " + e.polarity()
                + " " + e.modality();
    }

    @Test
    void activeClauseWithACompoundTarget() {
        String text = "Korea Utara mengecam latihan militer Amerika Serikat dan Korea Selatan.";
        List<Event> events = code(text);
        assertThat(events).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [PRK]->[USAMIL, KOR] accuse.kecam ASSERTED ASSERTED");
        Event e = events.getFirst();
        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo("mengecam");
        assertThat(e.sentence()).isEqualTo(new Span(0, text.length()));
        assertThat(e.cameo()).isEqualTo("111");
        assertThat(e.mode()).isEqualTo("disapprove");
        assertThat(e.quadClass()).isEqualTo(3);
        assertThat(e.date().value()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(e.date().fromText()).isFalse();
    }

    @Test
    void passiveTakesTheSubjectAsTarget() {
        assertThat(code("Kapal nelayan Vietnam diserang pasukan China pada Sabtu malam."))
                .extracting(EventCoderTest::line)
                .containsExactly("ASSAULT [CHNMIL]->[VNM] assault.serang ASSERTED ASSERTED");
    }

    @Test
    void nominalFormsFindTheirActors() {
        assertThat(code("Kecaman Rusia terhadap Polandia terus menguat.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [RUS]->[POL] accuse.kecam ASSERTED ASSERTED");
        assertThat(code("Keputusan Jepang itu mendapat kecaman dari China.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [CHN]->[JPN] accuse.kecam ASSERTED ASSERTED");
        assertThat(code("Inggris menjatuhkan sanksi terhadap Rusia.")).extracting(EventCoderTest::line)
                .containsExactly("SANCTION [GBR]->[RUS] sanction.sanksi ASSERTED ASSERTED");
    }

    @Test
    void aNominalThatRefersBackStatesNoEvent() {
        assertThat(code("Serangan itu menewaskan tiga orang warga sipil.")).isEmpty();
    }

    @Test
    void negationAndIntention() {
        assertThat(code("Filipina tidak akan menyerang China.")).extracting(EventCoderTest::line)
                .containsExactly("ASSAULT [PHL]->[CHN] assault.serang NEGATED INTENDED");
    }

    @Test
    void anEarlierYearMakesBackground() {
        assertThat(code("Irak menginvasi Kuwait pada tahun 1990.")).extracting(EventCoderTest::line)
                .containsExactly("ASSAULT [IRQ]->[KWT] assault.invasi ASSERTED HISTORICAL");
    }

    @Test
    void jointActsAndMutualAccusations() {
        assertThat(code("Malaysia dan Thailand sepakat memperkuat kerja sama di perbatasan."))
                .extracting(EventCoderTest::line)
                .containsExactly("AGREE [MYS]->[THA] agree.sepakat ASSERTED INTENDED");
        assertThat(code("India dan Pakistan saling menuduh.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [IND]->[PAK] accuse.tuduh ASSERTED ASSERTED",
                        "ACCUSE [PAK]->[IND] accuse.tuduh ASSERTED ASSERTED");
    }

    @Test
    void oneEventPerClauseAndTwoForTwoJoinedActs() {
        assertThat(code("Amerika Serikat mendesak Israel menghentikan serangan di Rafah."))
                .extracting(EventCoderTest::line)
                .containsExactly("REQUEST [USA]->[ISR] request.desak ASSERTED ASSERTED");
        // The refusal names nobody it answers, so only the condemnation is an event; it keeps its subject.
        assertThat(code("Iran menolak tuduhan itu dan mengecam Amerika Serikat.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [IRN]->[USA] accuse.kecam ASSERTED ASSERTED");
    }

    @Test
    void aPledgeOfAidIsAnAgreementWithTheAidCode() {
        List<Event> events = code("Jepang berjanji memberikan bantuan kepada Filipina.");
        assertThat(events).extracting(EventCoderTest::line)
                .containsExactly("AGREE [JPN]->[PHL] agree.janji ASSERTED INTENDED");
        assertThat(events.getFirst().cameo()).isEqualTo("033");
    }

    @Test
    void theSpeakerIsTheSourceOfWhatTheReportedClauseStates() {
        List<Event> events = code("Rusia menegaskan bahwa pihaknya tidak akan menarik pasukan dari Belarus.");
        assertThat(events).extracting(EventCoderTest::line)
                .containsExactly("RETREAT [RUS]->[BLR] retreat.tarik NEGATED INTENDED");
        assertThat(events.getFirst().attribution().speaker().code()).isEqualTo("RUS");
    }

    @Test
    void quotesGiveTheSpeakerThroughTheHook() {
        String text = "\"Kami akan membalas,\" ujarnya.";
        var analyzed = PIPELINE.analyze(new Article("t", new Source(null, null, null), null, null,
                Published.of(LocalDate.of(2024, 5, 20)), null, "id", 1.0, null, text,
                List.of(new Span(0, text.length())), 0, List.of()));
        Actor iran = new Actor("IRN", "IRN", null, "Iran", null);
        Quote quote = new Quote(iran, -1, new Span(22, 29), new Span(1, 17), true, null);
        assertThat(EventCoder.indonesian().code(analyzed, List.of(quote))).extracting(EventCoderTest::line)
                .containsExactly("THREATEN [IRN]->[] threaten.balas ASSERTED INTENDED");
    }

    @Test
    void aBoundlessSentenceWithEveryEventWordIsCodedWithoutFailing() {
        StringBuilder text = new StringBuilder("\"Korea Utara ");
        StringBuilder words = new StringBuilder();
        for (VerbPattern p : VerbDictionary.indonesian().patterns()) {
            words.append(' ').append(p.example().replaceAll("[.,\"]", ""));
        }
        while (text.length() < 40_000) {
            text.append(words).append(" \" dan");
        }
        List<Event> events = code(text.toString());
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source()).isNotEmpty();
            assertThat(e.trigger().end()).isLessThanOrEqualTo(text.length());
        });
    }

    @Test
    void aPlaceTheActIsAimedAtStandsForItsCountry() {
        assertThat(code("Rusia melancarkan serangan rudal ke kota Kharkiv pada Minggu dini hari."))
                .extracting(EventCoderTest::line)
                .containsExactly("ASSAULT [RUS]->[UKR] assault.serang ASSERTED ASSERTED");
        assertThat(code("Malaysia mengirimkan 40 ton bantuan pangan ke Jalur Gaza melalui Yordania."))
                .extracting(EventCoderTest::line)
                .containsExactly("AID [MYS]->[PSE] aid.bantu ASSERTED ASSERTED");
    }

    @Test
    void anActReferredBackToAsTheObjectGivesTheTarget() {
        String text = "Korea Utara menembakkan rudal balistik ke Laut Jepang pada Kamis pagi. "
                + "Militer Korea Selatan meningkatkan status siaga di perbatasan. "
                + "Pemerintah Australia mengecam peluncuran itu sebagai ancaman bagi kawasan.";
        assertThat(code(text)).extracting(EventCoderTest::line).containsExactly(
                "MOBILIZE [PRK]->[] mobilize.tembak-rudal ASSERTED ASSERTED",
                "MOBILIZE [KORMIL]->[PRK] mobilize.siaga ASSERTED ASSERTED",
                "ACCUSE [AUSGOV]->[PRK] accuse.kecam ASSERTED ASSERTED");
    }

    @Test
    void theAgentOfAPassiveRelativeAfterTheObjectIsTheTarget() {
        assertThat(code("Mahkamah Konstitusi menolak uji materi undang-undang yang diajukan Partai Buruh."))
                .extracting(EventCoderTest::line)
                .containsExactly("REJECT [IDNJUD]->[IDNLAB] reject.tolak ASSERTED ASSERTED");
    }

    @Test
    void twoActsJoinedByAConjunctionShareTheLaterObject() {
        assertThat(code("Jepang memuji dan berjanji mendukung upaya perdamaian Filipina."))
                .extracting(EventCoderTest::line).containsExactly(
                        "SUPPORT [JPN]->[PHL] support.puji ASSERTED ASSERTED",
                        "AGREE [JPN]->[PHL] agree.janji ASSERTED INTENDED");
    }

    @Test
    void theSpeakersOwnSideInReportedSpeechIsTheSpeaker() {
        assertThat(code("Palang Merah Internasional mengatakan konvoinya dihalangi Pasukan Dukungan Cepat di Darfur."))
                .extracting(EventCoderTest::line)
                .containsExactly("COERCE [SDNREB]->[NGOHLHIRC] coerce.halang ASSERTED ASSERTED");
    }

    @Test
    void aWarshipArrivingIsAShowOfForceAndUnqualifiedPoliceAreIndonesian() {
        assertThat(code("Kapal perang Inggris HMS Queen Elizabeth tiba di Laut China Selatan, Senin (20/5)."))
                .extracting(EventCoderTest::line)
                .containsExactly("MOBILIZE [GBRMIL]->[] mobilize.tiba ASSERTED ASSERTED");
        assertThat(code("Polisi menangkap belasan mahasiswa yang berunjuk rasa di depan Gedung DPR."))
                .extracting(EventCoderTest::line)
                .containsExactly("COERCE [IDNCOP]->[IDNEDU] coerce.tangkap ASSERTED ASSERTED");
    }

    @Test
    void wordsWithAnotherSenseCodeNothing() {
        // "menemukan" finds, "menekankan" stresses, a rank is no occupation, a weekend is welcomed by nobody.
        assertThat(code("Tim SAR Indonesia menemukan puing pesawat Malaysia di perairan Natuna.")).isEmpty();
        assertThat(code("Menteri Luar Negeri Jepang menekankan pentingnya dialog dengan China.")).isEmpty();
        assertThat(code("Indonesia menduduki peringkat ketiga dalam daftar negara tujuan investasi Jepang.")).isEmpty();
        assertThat(code("Dolar Amerika Serikat menguat menyambut akhir pekan.")).isEmpty();
        // A reporter's interview and a school level are no meeting and no mediation.
        assertThat(code("\"Kami akan terus memantau,\" kata Duta Besar Jepang saat ditemui di Jakarta.")).isEmpty();
        assertThat(code("Pemerintah China membagikan buku pelajaran untuk sekolah dasar dan menengah.")).isEmpty();
        // "menyebut" that reports a statement is no accusation; naming something as something is.
        assertThat(code("Menteri Luar Negeri Korea Utara menyebut situasi di kawasan memanas karena kebijakan Amerika "
                + "Serikat.")).isEmpty();
        assertThat(code("Korea Utara menyebut latihan Amerika Serikat itu sebagai provokasi."))
                .extracting(EventCoderTest::line).containsExactly("ACCUSE [PRK]->[USA] accuse.sebut ASSERTED ASSERTED");
    }

    @Test
    void theSameRootsStillCodeTheirPoliticalSense() {
        assertThat(code("Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo.")).extracting(e -> e.type())
                .containsExactly(PloverType.CONSULT);
        assertThat(code("Amerika Serikat menekan Israel untuk membuka perbatasan Rafah.")).extracting(e -> e.type())
                .containsExactly(PloverType.COERCE);
        assertThat(code("Israel menduduki Dataran Tinggi Golan sejak 1967.")).extracting(e -> e.type())
                .containsExactly(PloverType.COERCE);
        assertThat(code("Uni Eropa menyambut keputusan Serbia untuk melanjutkan dialog dengan Kosovo."))
                .extracting(e -> e.type()).containsExactly(PloverType.SUPPORT);
    }

    @Test
    void theSidesOfTheConflictToldBefore() {
        List<Event> events = code("Azerbaijan menyerang wilayah Armenia pada Selasa malam. "
                + "Sekretaris Jenderal PBB mendesak semua pihak menahan diri. "
                + "Rusia dan Prancis menyerukan perundingan. "
                + "Perang antara kedua pihak pecah setelah gencatan senjata runtuh.");
        assertThat(events).extracting(EventCoderTest::line).contains(
                "REQUEST [IGOUNO]->[AZE, ARM] request.desak ASSERTED ASSERTED",
                "ASSAULT [AZE]->[ARM] assault.perang-antara ASSERTED ASSERTED");
    }

    @Test
    void aStatementWithItsCueAndSpeakerAfterIt() {
        List<Event> events = code("Israel harus menghentikan serangan ke Lebanon selatan, tegas Presiden Prancis "
                + "Emmanuel Macron.");
        assertThat(events).extracting(EventCoderTest::line)
                .contains("REQUEST [FRAGOV]->[ISR] request.harus ASSERTED DEMANDED");
    }

    @Test
    void aRefusalToSendIsNoPledge() {
        assertThat(code("Jepang tidak akan mengirim senjata ke Ukraina.")).extracting(EventCoderTest::line)
                .containsExactly("AID [JPN]->[UKR] aid.kirim-senjata NEGATED INTENDED");
    }

    @Test
    void aRelativeClauseAfterACopulaIsTheSubjectsAct() {
        assertThat(code("Hungaria menjadi anggota terakhir yang meratifikasi keanggotaan Swedia."))
                .extracting(EventCoderTest::line)
                .containsExactly("AGREE [HUN]->[SWE] agree.ratifikasi ASSERTED INTENDED");
        // A relative clause that describes a name stays a description.
        assertThat(code("Kapal China yang menyerang nelayan Filipina berlayar ke utara.")).isEmpty();
    }

    @Test
    void anActAfterAConjunctionKeepsTheSubjectOfTheActBefore() {
        assertThat(code("Mahasiswa menyambut keputusan Presiden Prabowo Subianto, tetapi tetap menuntut "
                + "transparansi anggaran.")).extracting(EventCoderTest::line).containsExactly(
                "SUPPORT [IDNEDU]->[IDNGOV] support.sambut ASSERTED ASSERTED",
                "REQUEST [IDNEDU]->[IDNGOV] request.tuntut ASSERTED ASSERTED");
    }

    @Test
    void whoActsForAPurposeIsTheClausesSubjectNotTheObjectBefore() {
        assertThat(code("Presiden Joko Widodo akan meninggalkan Bangladesh untuk melanjutkan kunjungan kenegaraan ke "
                + "Afghanistan.")).extracting(e -> e.type() + " " + codes(e.source()) + "->" + codes(e.target()))
                .containsExactly("CONSULT [IDNGOV]->[AFG]");
    }

    @Test
    void whoIsUrgedIsWhoWouldAct() {
        assertThat(code("Kelompok hak asasi manusia Amerika Serikat mendesak Beijing agar membebaskan para "
                + "aktivis Hong Kong.")).extracting(e -> e.type() + " " + codes(e.source()))
                .containsExactly("REQUEST [USA]", "RETREAT [CHNGOV]");
    }

    @Test
    void aReactionToWhatTheLeadToldAnswersTheLeadsActor() {
        List<Event> events = code("Presiden Prabowo Subianto memutuskan kenaikan PPN hanya berlaku untuk barang "
                + "mewah. Badan Eksekutif Mahasiswa Universitas Indonesia menyambut keputusan tersebut.");
        assertThat(events).extracting(EventCoderTest::line)
                .containsExactly("SUPPORT [IDNEDU]->[IDNGOV] support.sambut ASSERTED ASSERTED");
    }

    @Test
    void theWestAndTheGovernmentAndParliamentOfTheCountryToldAbout() {
        assertThat(code("Pemerintah langsung menyampaikan protes ke Australia.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [IDNGOV]->[AUS] accuse.protes ASSERTED ASSERTED");
        assertThat(code("Pemerintah negara Barat mengecam pemerintah di Caracas.")).extracting(EventCoderTest::line)
                .containsExactly("ACCUSE [WST]->[VENGOV] accuse.kecam ASSERTED ASSERTED");
        assertThat(code("Presiden Volodymyr Zelensky mendesak sekutu Barat mempercepat pengiriman sistem "
                + "pertahanan udara.")).extracting(EventCoderTest::line)
                .containsExactly("REQUEST [UKRGOV]->[WST] request.desak ASSERTED ASSERTED");
        assertThat(code("Ratusan mahasiswa berunjuk rasa di depan kompleks parlemen di Jakarta."))
                .extracting(EventCoderTest::line)
                .containsExactly("PROTEST [IDNEDU]->[IDNLEG] protest.unjukrasa ASSERTED ASSERTED");
    }

    @Test
    void takingInRefugeesIsAidThatNeedsNoTarget() {
        assertThat(code("Arab Saudi menampung para pengungsi di pelabuhan Jeddah.")).extracting(EventCoderTest::line)
                .containsExactly("AID [SAU]->[] aid.tampung ASSERTED ASSERTED");
        assertThat(code("DPR menampung aspirasi para nelayan.")).isEmpty();
    }

    @Test
    void anAgencyActsOnAnOfficialOfItsOwnSector() {
        assertThat(code("Komisi Pemberantasan Korupsi menangkap seorang bupati di Papua."))
                .extracting(EventCoderTest::line)
                .containsExactly("COERCE [IDNGOV]->[IDNGOV] coerce.tangkap ASSERTED ASSERTED");
    }
}

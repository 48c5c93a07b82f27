package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.peristiwa.document.Span;
import id.peristiwa.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final Segmenter SEGMENTER = Segmenter.indonesian();
    private static final MentionFinder FINDER = MentionFinder.indonesian();
    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 31);

    static List<Mention> find(MentionFinder finder, String text, LocalDate date) {
        return finder.find(text, SEGMENTER.tokens(text, new Span(0, text.length())), date);
    }

    private static List<Mention> find(String text) {
        return find(FINDER, text, JAN_2023);
    }

    private static String code(Mention m) {
        return m.actor() == null ? null : m.actor().code();
    }

    @Test
    void aCountryActingAsAWholeIsTheBareCountry() {
        List<Mention> mentions = find("Korea Utara mengecam latihan gabungan AS dan Korsel pada Selasa (31/1).");
        assertThat(mentions).extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                tuple("Korea Utara", MentionKind.COUNTRY, "PRK"),
                tuple("AS", MentionKind.COUNTRY, "USA"),
                tuple("Korsel", MentionKind.COUNTRY, "KOR"));
        assertThat(mentions.get(0).span()).isEqualTo(new Span(0, 11));
        assertThat(mentions.get(1).actor().name()).isEqualTo("Amerika Serikat");
    }

    @Test
    void exactCaseAliasesDoNotMatchOrdinaryWords() {
        assertThat(find("Mobil itu patah as rodanya di jalan tol Cipularang.")).isEmpty();
    }

    @Test
    void cldrNamesAreCountriesWithoutBeingTypedIn() {
        assertThat(find("Delegasi Mongolia dan Kazakhstan tiba di Jakarta."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Mongolia", "MNG"), tuple("Kazakhstan", "KAZ"), tuple("Jakarta", null));
    }

    @Test
    void aSectorWordBeforeACountryIsOneOrganization() {
        assertThat(find("Pemerintah Korut menuding militer AS dan pasukan Amerika memprovokasi perang."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Pemerintah Korut", MentionKind.ORGANIZATION, "PRKGOV"),
                        tuple("militer AS", MentionKind.ORGANIZATION, "USAMIL"),
                        tuple("pasukan Amerika", MentionKind.ORGANIZATION, "USAMIL"));
        assertThat(find("Kemlu Rusia memanggil duta besar Jepang.").getFirst())
                .extracting(Mention::text, MentionFinderTest::code).containsExactly("Kemlu Rusia", "RUSGOV");
        assertThat(find("Kapal induk AS berlabuh di Busan.")).extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Kapal induk AS", "USAMIL"), tuple("Busan", null));
    }

    @Test
    void aCapitalThatActsIsItsGovernmentAndAfterAPlaceCueOnlyAPlace() {
        List<Mention> acting = find("Pyongyang menuduh Washington memicu ketegangan di Semenanjung Korea.");
        assertThat(acting).extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                tuple("Pyongyang", MentionKind.COUNTRY, "PRKGOV"),
                tuple("Washington", MentionKind.COUNTRY, "USAGOV"),
                tuple("Semenanjung Korea", MentionKind.LOCATION, null));
        assertThat(find("Menlu Retno Marsudi terbang ke Seoul dari Tokyo."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Retno Marsudi", MentionKind.PERSON, "IDNGOV"),
                        tuple("Seoul", MentionKind.LOCATION, null),
                        tuple("Tokyo", MentionKind.LOCATION, null));
    }

    @Test
    void aPersonIsCodedThroughTitleAndCountryWhichStaysItsOwnMention() {
        String text = "Menteri Pertahanan Korea Selatan Lee Jong-sup menyambut kedatangan tamunya.";
        List<Mention> mentions = find(text);
        assertThat(mentions).extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                tuple("Korea Selatan", MentionKind.COUNTRY, "KOR"),
                tuple("Lee Jong-sup", MentionKind.PERSON, "KORGOV"));
        Mention lee = mentions.get(1);
        assertThat(lee.span()).isEqualTo(new Span(33, 45));
        assertThat(lee.actor()).isEqualTo(new Actor("KORGOV", "KOR", "GOV", "Lee Jong-sup",
                "Menteri Pertahanan Korea Selatan"));
        assertThat(lee.refersTo()).isEmpty();
    }

    @Test
    void anAppositionAfterADiplomatsPostingIsCoded() {
        List<Mention> mentions = find("Dubes Korut di Rusia, Sin Hong-chol, menyampaikan protes keras.");
        assertThat(mentions).extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                tuple("Korut", MentionKind.COUNTRY, "PRK"),
                tuple("Rusia", MentionKind.COUNTRY, "RUS"),
                tuple("Sin Hong-chol", MentionKind.PERSON, "PRKGOV"));
        assertThat(mentions.get(2).actor().role()).isEqualTo("Dubes Korut di Rusia");
    }

    @Test
    void aTitleBeforeAnOrganizationTakesTheOrganizationsCode() {
        List<Mention> mentions = find("Kepala Pentagon Lloyd Austin tiba di Seoul pada Selasa.");
        assertThat(mentions).extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                tuple("Pentagon", MentionKind.ORGANIZATION, "USAMIL"),
                tuple("Lloyd Austin", MentionKind.PERSON, "USAMIL"),
                tuple("Seoul", MentionKind.LOCATION, null));
        assertThat(find("Sekjen PBB Antonio Guterres menyerukan gencatan senjata."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("PBB", "IGOUNO"), tuple("Antonio Guterres", "IGOUNO"));
    }

    @Test
    void aTitleWithoutCountryUsesTheOfficeHolderListByDate() {
        assertThat(find(FINDER, "Menlu Sugiono bertemu Presiden Prabowo di Istana Merdeka.", LocalDate.of(2025, 2, 3)))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Sugiono", MentionKind.PERSON, "IDNGOV"),
                        tuple("Prabowo", MentionKind.PERSON, "IDNGOV"),
                        tuple("Istana Merdeka", MentionKind.ORGANIZATION, "IDNGOV"));
        // Before he took office the same name has no code: the list codes people only within their dates.
        assertThat(find(FINDER, "Sugiono berbicara kepada wartawan.", LocalDate.of(2020, 5, 1)).getFirst().actor())
                .isNull();
        assertThat(find(FINDER, "Lloyd Austin berbicara kepada wartawan.", LocalDate.of(2022, 5, 1)).getFirst())
                .extracting(MentionFinderTest::code).isEqualTo("USAMIL");
    }

    @Test
    void unqualifiedPoliceAndCollectivesAreIndonesias() {
        assertThat(find("Polisi membubarkan ribuan buruh dan mahasiswa yang berunjuk rasa di depan Balai Kota."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Polisi", "IDNCOP"), tuple("buruh", "IDNLAB"), tuple("mahasiswa", "IDNEDU"));
        assertThat(find("Aparat menahan belasan pengunjuk rasa, kata koalisi masyarakat sipil."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Aparat", "IDNCOP"), tuple("pengunjuk rasa", "IDNCVL"),
                        tuple("koalisi masyarakat sipil", "IDNCVL"));
        assertThat(find("Polisi Malaysia menangkap dua warga Filipina.").getFirst())
                .extracting(Mention::text, MentionFinderTest::code).containsExactly("Polisi Malaysia", "MYSCOP");
    }

    @Test
    void domesticBodiesArmedGroupsAndAgenciesHaveFixedCodes() {
        assertThat(find("Komnas HAM menyelidiki bentrokan antara KKB dan TNI di Nduga."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Komnas HAM", "IDNGOV"), tuple("KKB", "IDNREB"), tuple("TNI", "IDNMIL"));
        assertThat(find("Program Pangan Dunia menyalurkan beras kepada pengungsi Sudan."))
                .extracting(Mention::text, MentionFinderTest::code).startsWith(tuple("Program Pangan Dunia",
                        "IGOUNOWFP"));
        assertThat(find(FINDER, "Menko Polhukam Budi Gunawan memimpin rapat koordinasi keamanan.",
                LocalDate.of(2025, 1, 10))).extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Budi Gunawan", "IDNGOV"));
        assertThat(find(FINDER, "Nicolas Maduro menuding oposisi merencanakan kudeta.", LocalDate.of(2024, 8, 2)))
                .extracting(Mention::text, MentionFinderTest::code).startsWith(tuple("Nicolas Maduro", "VENGOV"));
    }

    @Test
    void southeastAsianAndOtherCapitalsStandForTheirGovernments() {
        assertThat(find("Hanoi memprotes Phnom Penh, sementara Bangkok dan Stockholm diam, dan Caracas menolak."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Hanoi", "VNMGOV"), tuple("Phnom Penh", "KHMGOV"), tuple("Bangkok", "THAGOV"),
                        tuple("Stockholm", "SWEGOV"), tuple("Caracas", "VENGOV"));
    }

    @Test
    void indonesianOnlyTitlesDefaultToIndonesia() {
        assertThat(find("Kapolri Jenderal Listyo Sigit Prabowo memerintahkan penyelidikan."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code)
                .containsExactly(tuple("Listyo Sigit Prabowo", MentionKind.PERSON, "IDNCOP"));
        assertThat(find("Kapolri menegaskan tidak ada toleransi.")).extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Kapolri", "IDNCOP"));
        assertThat(find("Juru bicara Kemlu Lalu Muhammad Iqbal menjelaskan posisi Indonesia."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Kemlu", "IDNGOV"), tuple("Lalu Muhammad Iqbal", "IDNGOV"), tuple("Indonesia", "IDN"));
    }

    @Test
    void aTitleWithCountryAndNoNameIsAPersonMention() {
        assertThat(find("Presiden AS mengatakan sanksi akan diperketat."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code)
                .containsExactly(tuple("Presiden AS", MentionKind.PERSON, "USAGOV"));
    }

    @Test
    void anUnknownNameStopsAtLowerCaseWordsWeekdaysAndPunctuationAndKeepsParticles() {
        assertThat(find("Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan pada Kamis menelepon."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Arab Saudi", "SAU"), tuple("Faisal bin Farhan", "SAUGOV"));
        assertThat(find("Jubir Kemlu China Mao Ning Senin (30/1) membantah tuduhan itu."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Kemlu China", "CHNGOV"), tuple("Mao Ning", "CHNGOV"));
    }

    @Test
    void newsAgenciesAreMediaOfTheirCountry() {
        assertThat(find("Hal itu dilaporkan kantor berita Yonhap dan KCNA, seperti dikutip Reuters."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Yonhap", MentionKind.ORGANIZATION, "KORMED"),
                        tuple("KCNA", MentionKind.ORGANIZATION, "PRKMED"),
                        tuple("Reuters", MentionKind.ORGANIZATION, "GBRMED"));
    }

    @Test
    void internationalOrganizationsCarryTheirCodes() {
        assertThat(find("Dewan Keamanan PBB, NATO, dan IAEA membahas program nuklir Iran."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Dewan Keamanan PBB", "IGOUNO"), tuple("NATO", "IGOWSTNAT"),
                        tuple("IAEA", "IGOUNOIAE"), tuple("Iran", "IRN"));
    }

    @Test
    void mentionsNeverOverlapAndFollowTextOrder() {
        String text = "Menhan AS Lloyd Austin dan Menteri Pertahanan Korsel Lee Jong-sup menggelar konferensi pers "
                + "bersama di Seoul, sementara Kremlin menolak berkomentar.";
        List<Mention> mentions = find(text);
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
        assertThat(mentions).extracting(Mention::text, MentionFinderTest::code).containsExactly(
                tuple("AS", "USA"), tuple("Lloyd Austin", "USAGOV"), tuple("Korsel", "KOR"),
                tuple("Lee Jong-sup", "KORGOV"), tuple("Seoul", null), tuple("Kremlin", "RUSGOV"));
    }

    @Test
    void aCountryAfterAPlaceCueIsAPlaceButASourceOrRecipientStaysAnActor() {
        assertThat(find("Ribuan tentara Korut dikirim ke Rusia dan kapal nelayan ditahan di perairan Malaysia."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("tentara Korut", MentionKind.ORGANIZATION, "PRKMIL"),
                        tuple("Rusia", MentionKind.LOCATION, null),
                        tuple("Malaysia", MentionKind.LOCATION, null));
        assertThat(find("Indonesia membeli 42 jet tempur dari Prancis dan menjual kapal patroli ke Filipina."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Indonesia", "IDN"), tuple("Prancis", "FRA"), tuple("Filipina", "PHL"));
        // Right after a name, "dari" and "ke" say where the named party is or goes.
        assertThat(find("Presiden Joko Widodo dari Brasil memantau evakuasi."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Joko Widodo", MentionKind.PERSON, "IDNGOV"),
                        tuple("Brasil", MentionKind.LOCATION, null));
        assertThat(find("Tokyo membeli rudal jelajah dari Washington.")).extracting(MentionFinderTest::code)
                .containsExactly("JPNGOV", "USAGOV");
    }

    @Test
    void aCapitalizedBodyMayHeadALongNameEndingInItsCountry() {
        assertThat(find("Badan Penanggulangan Bencana Nasional Jepang mengeluarkan peringatan tsunami."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Badan Penanggulangan Bencana Nasional Jepang", "JPNGOV"));
        assertThat(find("Dewan Keamanan Nasional Filipina membahas resolusi Dewan Keamanan."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Dewan Keamanan Nasional Filipina", "PHLGOV"), tuple("Dewan Keamanan", "IGOUNO"));
        // Lower-case words are no part of a name: the body word is left alone.
        assertThat(find("Kementerian itu menyebut nelayan Vietnam.")).extracting(Mention::text)
                .containsExactly("Vietnam");
    }

    @Test
    void sectorWordsForJuntasSoldiersCoastGuardsAndConsulates() {
        assertThat(find("Junta Myanmar menuding serdadu Thailand dan kapal penjaga pantai Vietnam menembaki "
                + "konsulat Kamboja."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Junta Myanmar", "MMRMIL"), tuple("serdadu Thailand", "THAMIL"),
                        tuple("kapal penjaga pantai Vietnam", "VNMMIL"), tuple("konsulat Kamboja", "KHMGOV"));
    }

    @Test
    void ranksAndOrganizationsBetweenTitleAndNameStayOutOfTheName() {
        assertThat(find("Kepala Bakamla Laksamana Madya Irvansyah meninjau kapal patroli baru."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Bakamla", "IDNMIL"), tuple("Irvansyah", "IDNMIL"));
        assertThat(find("Ketua MK Anwar Usman membuka sidang perdana."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("MK", "IDNJUD"), tuple("Anwar Usman", "IDNJUD"));
    }

    @Test
    void aPostingToAnOrganizationOrAPlaceIsAMentionOfItsOwn() {
        assertThat(find("Wakil Dubes Jepang untuk PBB Kazuyuki Yamazaki meminta sidang darurat."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Jepang", "JPN"), tuple("PBB", "IGOUNO"), tuple("Kazuyuki Yamazaki", "JPNGOV"));
        assertThat(find("Kemlu memanggil seorang diplomat Rusia di Jakarta."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Kemlu", MentionKind.ORGANIZATION, "IDNGOV"),
                        tuple("diplomat Rusia", MentionKind.PERSON, "RUSGOV"),
                        tuple("Jakarta", MentionKind.LOCATION, null));
    }

    @Test
    void aFormerHolderTakesTheCodeTheListGivesAfterOffice() {
        assertThat(find(FINDER, "Mantan Presiden Joe Biden menghadiri pemakaman itu.", LocalDate.of(2025, 6, 2)))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Joe Biden", "USAELI"));
        assertThat(find(FINDER, "Ulf Kristersson menerima Mark Rutte.", LocalDate.of(2024, 11, 5)))
                .extracting(MentionFinderTest::code).containsExactly("SWEGOV", "IGOWSTNAT");
    }

    @Test
    void armedGroupsAndOutletsCarryTheirCountries() {
        assertThat(find("Hamas dan Houthi memuji serangan itu, menurut laporan KBS dan China Daily."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("Hamas", "PSEREB"), tuple("Houthi", "YEMREB"), tuple("KBS", "KORMED"),
                        tuple("China Daily", "CHNMED"));
    }

    @Test
    void indonesianPartiesAreTheirCountrysParties() {
        assertThat(find("Golkar, PDI-P dan Gerindra menolak usulan itu, sementara PKS dan Partai NasDem mendukungnya."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("Golkar", MentionKind.ORGANIZATION, "IDNPTY"),
                        tuple("PDI-P", MentionKind.ORGANIZATION, "IDNPTY"),
                        tuple("Gerindra", MentionKind.ORGANIZATION, "IDNPTY"),
                        tuple("PKS", MentionKind.ORGANIZATION, "IDNPTY"),
                        tuple("Partai NasDem", MentionKind.ORGANIZATION, "IDNPTY"));
        assertThat(find("Sejarawan itu menulis tentang Masyumi dan Partai Komunis Indonesia pada 1955."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Masyumi", "IDNPTY"), tuple("Partai Komunis Indonesia", "IDNPTY"));
    }

    @Test
    void partyAbbreviationsNeedTheirCapitals() {
        // "pan" (a pan) and "Partai Bulan Bintang"'s "PBB", which the press uses for the United Nations.
        assertThat(find("Ia memasak nasi dengan pan kecil.")).isEmpty();
        assertThat(find("PBB mengirim bantuan ke Gaza.")).extracting(MentionFinderTest::code)
                .containsExactly("IGOUNO", null);
    }

    @Test
    void broadcastersAndNewspapersAreMediaOfTheirCountry() {
        assertThat(find("Laga itu disiarkan RCTI, tvOne, dan Trans7, lalu diulas Kompas dan Suara Pembaruan."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("RCTI", "IDNMED"), tuple("tvOne", "IDNMED"), tuple("Trans7", "IDNMED"),
                        tuple("Kompas", "IDNMED"), tuple("Suara Pembaruan", "IDNMED"));
        assertThat(find("Wawancara itu ditayangkan SBS, NHK, dan Fox News."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("SBS", "KORMED"), tuple("NHK", "JPNMED"), tuple("Fox News", "USAMED"));
    }

    @Test
    void unAgenciesAndOtherIntergovernmentalBodiesCarryTheirCodes() {
        assertThat(find("UNICEF, UNESCO, dan WFP bersama FAO menyalurkan bantuan, kata ILO."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("UNICEF", "IGOUNOKID"), tuple("UNESCO", "IGOUNODEV"), tuple("WFP", "IGOUNOWFP"),
                        tuple("FAO", "IGOUNOAGRFAO"), tuple("ILO", "IGOUNOLABILO"));
        assertThat(find("WTO, OPEC, APEC, dan Interpol menggelar pertemuan di Jenewa."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(
                        tuple("WTO", "IGOBUSWTO"), tuple("OPEC", "IGOOPC"), tuple("APEC", "IGO"),
                        tuple("Interpol", "IGOCOPITP"), tuple("Jenewa", null));
    }

    /** Words these tests take for common words, as the name tagger's word table does. */
    private static final MentionFinder WITH_COMMON_WORDS = MentionFinder.with(Dictionaries.indonesian(),
            word -> List.of("bidang", "perekonomian", "gizi", "nasional", "tekstil", "dewan", "pakar")
                    .contains(word));

    @Test
    void commonWordsAfterATitleGoOnNamingTheOffice() {
        assertThat(find(WITH_COMMON_WORDS, "Menteri Koordinator Bidang Perekonomian Darmin Nasution menyebut "
                + "inflasi terkendali.", JAN_2023))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Darmin Nasution", "IDNGOV"));
        assertThat(find(WITH_COMMON_WORDS, "Kepala Badan Gizi Nasional meninjau dapur umum.", JAN_2023))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Kepala Badan Gizi Nasional", "IDNGOV"));
        assertThat(find(WITH_COMMON_WORDS, "Dirjen Industri Kimia, Tekstil dan Aneka hadir.", JAN_2023))
                .extracting(Mention::text).doesNotContain("Tekstil");
        // Without the word table every capitalized word may start the name, as before.
        assertThat(find("Menteri Koordinator Bidang Perekonomian Darmin Nasution hadir."))
                .extracting(Mention::text).containsExactly("Bidang Perekonomian Darmin Nasution");
    }

    @Test
    void aLaterOrganizationOrPlaceQualifiesTheTitleAndRanksStayOutOfTheName() {
        assertThat(find(WITH_COMMON_WORDS, "Ketua Dewan Pakar Golkar Agung Laksono menyatakan sikapnya.", JAN_2023))
                .extracting(Mention::text, MentionFinderTest::code)
                .contains(tuple("Golkar", "IDNPTY"), tuple("Agung Laksono", "IDNPTY"));
        assertThat(find("Ketua NasDem Sumut Iskandar membantah tuduhan itu."))
                .extracting(Mention::text, Mention::kind, MentionFinderTest::code).containsExactly(
                        tuple("NasDem", MentionKind.ORGANIZATION, "IDNPTY"),
                        tuple("Sumut", MentionKind.LOCATION, null),
                        tuple("Iskandar", MentionKind.PERSON, "IDNPTY"));
        assertThat(find("Kapolda Metro Jaya Irjen Budi Santoso meninjau lokasi."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Budi Santoso", "IDNCOP"));
        assertThat(find("Kapolres Jakarta Utara, Kombes Dwi Haryanto, memberi keterangan."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Jakarta Utara", null), tuple("Dwi Haryanto", "IDNCOP"));
    }

    @Test
    void aRegionalTitleTakesItsRegionBeforeTheName() {
        assertThat(find("Gubernur Jawa Tengah Ahmad Luthfi meminta bantuan."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Jawa Tengah", null), tuple("Ahmad Luthfi", "IDNGOV"));
        assertThat(find("Bupati Sleman Harda Kiswaya meresmikan pasar."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Harda Kiswaya", "IDNGOV"));
        assertThat(find("Bupati Sleman meresmikan pasar."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Bupati Sleman", "IDNGOV"));
        assertThat(find("Wali Kota New York Eric Adams menolak usulan itu."))
                .extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("New York", null), tuple("Eric Adams", "USAGOV"));
        assertThat(find("AKBP Sandi Purnama memimpin penyelidikan."))
                .extracting(Mention::text, MentionFinderTest::code).containsExactly(tuple("Sandi Purnama", "IDNCOP"));
    }

    @Test
    void anOutletNamedLikeAWordNeedsItsCapitalsAndEachBodyItsOwnName() {
        assertThat(find("Apa saja yang dibahas?")).isEmpty();
        assertThat(find("Kantor berita Austria APA melaporkan hal itu."))
                .extracting(Mention::text, MentionFinderTest::code).contains(tuple("APA", "AUTMED"));
        assertThat(find("UEFA dan BWF menjatuhkan sanksi.")).extracting(m -> m.actor().name())
                .containsExactly("UEFA", "BWF");
    }

    @Test
    void aBareBodyAfterTheSameBodyWithItsCountryIsThatCountrys() {
        assertThat(find("Pemerintah Arab Saudi menegaskan bahwa dam hanya sah melalui lembaga yang dikelola "
                + "pemerintah.")).extracting(Mention::text, MentionFinderTest::code)
                .containsExactly(tuple("Pemerintah Arab Saudi", "SAUGOV"), tuple("pemerintah", "SAUGOV"));
        assertThat(find("Pemerintah menyatakan India masih ingin mengimpor minyak sawit."))
                .extracting(Mention::text, MentionFinderTest::code).first().isEqualTo(tuple("Pemerintah", "IDNGOV"));
    }
}

package id.peristiwa.place;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Dictionaries;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionFinder;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.entity.Place;
import id.peristiwa.entity.PlaceKind;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPlacesTest {
    private static final Dictionaries DICTIONARIES = Dictionaries.indonesian();
    private static final MentionFinder MENTIONS = MentionFinder.with(DICTIONARIES);
    private static final EventPlaces PLACES = new EventPlaces(DICTIONARIES);
    private static final Segmenter SEGMENTER = Segmenter.indonesian();
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 2, 1);
    private static final Actor PRK = new Actor("PRK", "PRK", null, "Korea Utara", null);
    private static final Actor KORGOV = new Actor("KORGOV", "KOR", "GOV", "Korea Selatan", null);
    private static final Actor UN = new Actor("IGOUNO", null, null, "PBB", null);

    /** The place of the event whose trigger is {@code trigger}, with the sentence's mentions from the gazetteer. */
    private static EventPlace place(String text, String trigger, List<Actor> source, List<Actor> target) {
        Sentence sentence = sentence(text);
        return PLACES.resolve(text, sentence, MENTIONS.find(text, sentence, PUBLISHED), span(text, trigger), source,
                target);
    }

    private static Sentence sentence(String text) {
        return SEGMENTER.segment(text, List.of(new Span(0, text.length())), null).getFirst();
    }

    private static Span span(String text, String word) {
        int at = text.indexOf(word);
        return new Span(at, at + word.length());
    }

    @Test
    void aCityAfterAPlaceCueIsThePlace() {
        assertThat(place("Menhan AS Lloyd Austin tiba di Seoul, Selasa (31/1), untuk bertemu Menhan Korsel.", "tiba",
                List.of(), List.of()))
                .isEqualTo(new EventPlace("Seoul", "KOR", 37.57, 126.98, PlacePrecision.CITY));
        assertThat(place("Presiden Joko Widodo bertemu Presiden Biden di Washington pada Senin.", "bertemu",
                List.of(), List.of()))
                .isEqualTo(new EventPlace("Washington", "USA", 38.90, -77.04, PlacePrecision.CITY));
    }

    @Test
    void aCountryAfterAPlaceCueIsPlacedAtItsCapital() {
        assertThat(place("Menlu AS Antony Blinken berkunjung ke Filipina untuk membahas sengketa Laut China Selatan.",
                "berkunjung", List.of(), List.of()))
                .isEqualTo(new EventPlace("Filipina", "PHL", 14.60, 120.98, PlacePrecision.COUNTRY));
        assertThat(place("Jet tempur Tiongkok terbang di atas kapal perang AS yang berlayar di Korsel.", "berlayar",
                List.of(), List.of()))
                .isEqualTo(new EventPlace("Korea Selatan", "KOR", 37.57, 126.98, PlacePrecision.COUNTRY));
    }

    @Test
    void regionsAndSeasArePlacedWithRegionPrecision() {
        assertThat(place("AS dan Korsel menggelar latihan gabungan di Semenanjung Korea.", "menggelar",
                List.of(), List.of()))
                .isEqualTo(new EventPlace("Semenanjung Korea", null, 38.00, 127.50, PlacePrecision.REGION));
        assertThat(place("Kapal penjaga pantai China memasuki perairan Natuna pada Senin (30/1).", "memasuki",
                List.of(), List.of()))
                .isEqualTo(new EventPlace("Natuna", "IDN", 3.94, 108.38, PlacePrecision.REGION));
    }

    @Test
    void thePlaceInTheTriggersClauseWinsOverANearerOneBeforeIt() {
        String text = "Rudal balistik yang diluncurkan dari Wonsan jatuh di Laut Jepang.";
        assertThat(place(text, "jatuh", List.of(PRK), List.of()))
                .isEqualTo(new EventPlace("Laut Jepang", null, 40.00, 135.00, PlacePrecision.REGION));
        assertThat(place(text, "diluncurkan", List.of(PRK), List.of()))
                .isEqualTo(new EventPlace("Wonsan", "PRK", 39.15, 127.44, PlacePrecision.CITY));
        assertThat(place("Di Jakarta, Menlu Retno Marsudi mengecam serangan itu.", "mengecam", List.of(), List.of()))
                .isEqualTo(new EventPlace("Jakarta", "IDN", -6.21, 106.85, PlacePrecision.CITY));
    }

    @Test
    void withoutANamedPlaceTheSourceCountryStandsInFlagged() {
        assertThat(place("Korut mengecam latihan militer gabungan AS dan Korsel.", "mengecam", List.of(PRK),
                List.of(KORGOV)))
                .isEqualTo(new EventPlace("Korea Utara", "PRK", 39.02, 125.75, PlacePrecision.ACTOR_COUNTRY));
        // A capital that acts is no place: "Seoul menuduh" is the government of Korea Selatan.
        assertThat(place("Seoul menuduh Pyongyang melanggar perjanjian militer 2018.", "menuduh", List.of(KORGOV),
                List.of(PRK)))
                .isEqualTo(new EventPlace("Korea Selatan", "KOR", 37.57, 126.98, PlacePrecision.ACTOR_COUNTRY));
    }

    @Test
    void anInternationalSourceLeavesTheFallbackToTheTarget() {
        assertThat(place("Dewan Keamanan PBB mengecam uji coba rudal tersebut.", "mengecam", List.of(UN), List.of(PRK)))
                .isEqualTo(new EventPlace("Korea Utara", "PRK", 39.02, 125.75, PlacePrecision.ACTOR_COUNTRY));
        assertThat(place("Dewan Keamanan PBB mengecam uji coba rudal tersebut.", "mengecam", List.of(UN), List.of()))
                .isNull();
    }

    @Test
    void aPlaceTheGazetteerLacksKeepsItsNameWithoutCoordinates() {
        String text = "Banjir bandang merendam ratusan rumah di Desa Sukamaju, Garut.";
        Sentence sentence = sentence(text);
        List<Mention> mentions = new ArrayList<>(MENTIONS.find(text, sentence, PUBLISHED));
        mentions.add(new Mention(span(text, "Desa Sukamaju"), "Desa Sukamaju", MentionKind.LOCATION, null));
        assertThat(PLACES.resolve(text, sentence, mentions, span(text, "merendam"), List.of(), List.of()))
                .isEqualTo(new EventPlace("Desa Sukamaju", null, null, null, PlacePrecision.CITY));
    }

    @Test
    void mentionsOutsideTheSentenceAreNotItsPlace() {
        String text = "Austin tiba di Seoul. Korut mengecam kunjungan itu.";
        List<Sentence> sentences = SEGMENTER.segment(text, List.of(new Span(0, text.length())), null);
        List<Mention> mentions = new ArrayList<>();
        sentences.forEach(s -> mentions.addAll(MENTIONS.find(text, s, PUBLISHED)));
        assertThat(PLACES.resolve(text, sentences.get(1), mentions, span(text, "mengecam"), List.of(PRK), List.of()))
                .extracting(EventPlace::precision).isEqualTo(PlacePrecision.ACTOR_COUNTRY);
    }

    @Test
    void theGazetteerLocatesPlacesAndCountriesByName() {
        assertThat(DICTIONARIES.place("Seoul")).contains(new Place("Seoul", "KOR", 37.57, 126.98, PlaceKind.CAPITAL));
        assertThat(DICTIONARIES.place("semenanjung korea"))
                .contains(new Place("Semenanjung Korea", null, 38.00, 127.50, PlaceKind.REGION));
        assertThat(DICTIONARIES.place("Korsel"))
                .contains(new Place("Korea Selatan", "KOR", 37.57, 126.98, PlaceKind.COUNTRY));
        assertThat(DICTIONARIES.place("Surabaya"))
                .contains(new Place("Surabaya", "IDN", -7.26, 112.75, PlaceKind.CITY));
        assertThat(DICTIONARIES.place("Asia Tenggara"))
                .contains(new Place("Asia Tenggara", null, null, null, PlaceKind.REGION));
        assertThat(DICTIONARIES.place("Atlantis")).isEmpty();
        assertThat(DICTIONARIES.place(" ")).isEmpty();
        assertThat(DICTIONARIES.country("USA"))
                .contains(new Place("Amerika Serikat", "USA", 38.90, -77.04, PlaceKind.COUNTRY));
        assertThat(DICTIONARIES.country("XYZ")).isEmpty();
        assertThat(DICTIONARIES.country(null)).isEmpty();
    }
}

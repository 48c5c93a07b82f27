package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.testing.WordOccurrences;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Internal consistency of the hand-coded event gold, so every evaluation against it is meaningful. */
class EventGoldTest {

    private static final EventGold GOLD = EventGold.load();

    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    /**
     * The PLOVER types a CAMEO root may be filed under (CAMEO2PLOVER 2021, with the alternatives the coding
     * conventions accept: 057 signing as AGREE, 163 sanctions as SANCTION, 1712 and 191-192 across COERCE and
     * ASSAULT).
     */
    private static final Map<String, Set<String>> ROOT_TYPES = Map.ofEntries(
            Map.entry("01", Set.of("SUPPORT")), Map.entry("02", Set.of("REQUEST")),
            Map.entry("03", Set.of("AGREE")), Map.entry("04", Set.of("CONSULT")),
            Map.entry("05", Set.of("SUPPORT", "AGREE")), Map.entry("06", Set.of("COOPERATE")),
            Map.entry("07", Set.of("AID")), Map.entry("08", Set.of("CONCEDE", "RETREAT")),
            Map.entry("09", Set.of("ACCUSE")), Map.entry("10", Set.of("REQUEST")),
            Map.entry("11", Set.of("ACCUSE")), Map.entry("12", Set.of("REJECT")),
            Map.entry("13", Set.of("THREATEN")), Map.entry("14", Set.of("PROTEST")),
            Map.entry("15", Set.of("MOBILIZE")), Map.entry("16", Set.of("SANCTION", "COERCE")),
            Map.entry("17", Set.of("COERCE", "ASSAULT")), Map.entry("18", Set.of("ASSAULT")),
            Map.entry("19", Set.of("ASSAULT", "COERCE")), Map.entry("20", Set.of("ASSAULT")));

    private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)\\d{1,2}");
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}(?:[A-Z]{3}){0,3}");
    private static final Pattern MODE = Pattern.compile("[a-z][a-z-]*");
    private static final Set<String> POLARITIES = Set.of("asserted", "negated");
    private static final Set<String> MODALITIES = Set.of("asserted", "intended", "demanded", "hypothetical",
            "historical");
    private static final Set<String> TAGS = Set.of("passive", "nominal", "reported", "compound", "joint");

    @Test
    void documentsHaveUniqueIdsAndTextsThatAreTheirSentencesJoined() {
        assertThat(GOLD.documents().stream().map(EventGold.Document::id)).doesNotHaveDuplicates();
        assertThat(GOLD.documents()).allSatisfy(d -> {
            assertThat(d.text()).as(d.id()).isEqualTo(String.join(" ", d.sentences()));
            assertThat(d.sentences()).as(d.id()).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isNotBlank());
        });
    }

    @Test
    void everyEventNamesASentenceOfItsDocumentAndATriggerInThatSentence() {
        for (EventGold.Document d : GOLD.documents()) {
            for (EventGold.Event e : d.events()) {
                assertThat(d.sentences()).as(d.id()).contains(e.sentence());
                assertThat(occurrences(e.sentence(), e.trigger())).as(e.trigger() + " in " + e.sentence())
                        .isEqualTo(1);
                if (e.relay() != null) {
                    assertThat(e.sentence()).as(d.id()).contains(e.relay());
                }
            }
        }
    }

    @Test
    void typesCameoCodesAndActorsAreWellFormed() {
        assertThat(GOLD.events()).allSatisfy(e -> {
            String where = e.trigger() + " in " + e.sentence();
            assertThat(PLOVER).as(where).contains(e.type());
            assertThat(PLOVER).as(where).containsAll(e.acceptable());
            assertThat(e.acceptable()).as(where).doesNotContain(e.type()).doesNotHaveDuplicates();
            assertThat(e.cameo()).as(where).matches(CAMEO);
            assertThat(ROOT_TYPES.get(e.cameo().substring(0, 2))).as(where).contains(e.type());
            assertThat(e.source()).as(where).isNotEmpty().allSatisfy(c -> assertThat(c).matches(ACTOR));
            assertThat(e.target()).as(where).allSatisfy(c -> assertThat(c).matches(ACTOR));
            if (e.speaker() != null) {
                assertThat(e.speaker()).as(where).matches(ACTOR);
            }
            if (e.mode() != null) {
                assertThat(e.mode()).as(where).matches(MODE);
            }
            assertThat(POLARITIES).as(where).contains(e.polarity());
            assertThat(MODALITIES).as(where).contains(e.modality());
            assertThat(TAGS).as(where).containsAll(e.tags());
        });
    }

    @Test
    void goldIsLargeAndCoversEveryTypeSeveralTimes() {
        int sentences = GOLD.documents().stream().mapToInt(d -> d.sentences().size()).sum();
        long withEvents = GOLD.documents().stream()
                .mapToLong(d -> d.events().stream().map(EventGold.Event::sentence).distinct().count()).sum();
        assertThat(sentences).isGreaterThanOrEqualTo(200);
        assertThat(sentences - withEvents).as("background sentences").isGreaterThanOrEqualTo(40);
        assertThat(count(EventGold.Event::type)).containsOnlyKeys(PLOVER)
                .allSatisfy((type, n) -> assertThat(n).as(type).isGreaterThanOrEqualTo(5));
    }

    @Test
    void goldCoversPolarityModalityAttributionAndEveryConstructionTag() {
        assertThat(count(EventGold.Event::modality)).containsOnlyKeys(MODALITIES)
                .allSatisfy((m, n) -> assertThat(n).as(m).isGreaterThanOrEqualTo(3));
        assertThat(count(EventGold.Event::polarity).get("negated")).isGreaterThanOrEqualTo(8);
        Set<String> negatedSentences = GOLD.events().stream().filter(e -> e.polarity().equals("negated"))
                .map(EventGold.Event::sentence).collect(Collectors.toSet());
        for (String cue : List.of("tidak", "tak", "belum", "bukan")) {
            assertThat(negatedSentences).as(cue).anySatisfy(s -> assertThat(occurrences(s, cue)).isPositive());
        }
        assertThat(GOLD.events().stream().filter(e -> e.speaker() != null)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(GOLD.events().stream().filter(e -> e.relay() != null)).hasSizeGreaterThanOrEqualTo(8);
        Map<String, Long> tags = GOLD.events().stream().flatMap(e -> e.tags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(tags).containsOnlyKeys(TAGS).allSatisfy((t, n) -> assertThat(n).as(t).isGreaterThanOrEqualTo(8));
    }

    private static Map<String, Long> count(Function<EventGold.Event, String> key) {
        return GOLD.events().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static int occurrences(String sentence, String word) {
        return WordOccurrences.starts(sentence, word).size();
    }
}

package id.peristiwa.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event dictionary: every entry's own example sentence fires it (as the event word its clause keeps, or as the
 * entry another one turns into with a target or a joint subject); the entries cover all 16 types.
 */
class VerbDictionaryTest {

    private static final VerbDictionary DICTIONARY = VerbDictionary.indonesian();
    private static final CameoTable CAMEO = CameoTable.standard();
    private static final Pipeline PIPELINE = Pipeline.indonesian();
    private static final TriggerSelection SELECTION = new TriggerSelection(DICTIONARY, EventMarkers.indonesian());

    /** The entries the kept event words of {@code text} fire, with those they turn into. */
    static List<String> fired(String text) {
        Article article = new Article("t", new Source(null, null, null), null, null,
                Published.of(LocalDate.of(2024, 5, 20)), null, "id", 1.0, null, text,
                List.of(new Span(0, text.length())), 0, List.of());
        var analyzed = PIPELINE.analyze(article);
        List<String> ids = new ArrayList<>();
        int cursor = 0;
        for (var sentence : analyzed.sentences()) {
            while (cursor < analyzed.mentions().size()
                    && analyzed.mentions().get(cursor).start() < sentence.span().start()) {
                cursor++;
            }
            for (Trigger t : SELECTION.select(new SentenceView(sentence, analyzed.mentions(), cursor))) {
                if (t.kept()) {
                    PatternOptions o = t.pattern().options();
                    ids.add(t.pattern().id());
                    if (o.targetAs() != null) {
                        ids.add(o.targetAs());
                    }
                    if (o.jointAs() != null) {
                        ids.add(o.jointAs());
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void everyExampleFiresItsEntry() {
        List<String> failures = new ArrayList<>();
        for (VerbPattern p : DICTIONARY.patterns()) {
            List<String> fired = fired(p.example());
            if (!fired.contains(p.id())) {
                failures.add(p.id() + ": " + p.example() + " -> " + fired);
            }
        }
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
    }

    @Test
    void entriesCoverAllSixteenTypesWithCodesFromTheTable() {
        Map<PloverType, Integer> perType = new EnumMap<>(PloverType.class);
        for (VerbPattern p : DICTIONARY.patterns()) {
            perType.merge(p.type(), 1, Integer::sum);
            assertThat(CAMEO.get(p.cameo())).as(p.id()).isNotNull();
        }
        perType.forEach((t, n) -> System.out.println(t + " " + n));
        assertThat(perType).containsOnlyKeys(PloverType.values());
        assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
    }

    @Test
    void oneEntryCoversItsInflections() {
        List<String> stems = List.of("mengecam", "dikecam", "kecaman", "dikecamkan");
        for (String form : stems) {
            assertThat(DICTIONARY.matchesAt(List.of(form), 0)).as(form)
                    .anySatisfy(m -> assertThat(m.pattern().id()).isEqualTo("accuse.kecam"));
        }
        assertThat(DICTIONARY.matchesAt(List.of("kecaman"), 0).getFirst().voice()).isEqualTo(Voice.NOMINAL);
        assertThat(DICTIONARY.matchesAt(List.of("dikecam"), 0).getFirst().voice()).isEqualTo(Voice.PASSIVE);
        assertThat(DICTIONARY.matchesAt(List.of("meminta", "maaf"), 0).getFirst().pattern().id())
                .isEqualTo("support.maaf");
        assertThat(DICTIONARY.matchesAt(List.of("meminta", "kamboja"), 0).getFirst().pattern().id())
                .isEqualTo("request.minta");
        assertThat(DICTIONARY.matchesAt(List.of("mempertahankan"), 0)).isEmpty();
    }

    @Test
    void examplesAreCodedAsEventsWhereTheirActorsAreKnown() {
        List<Event> events = PIPELINE.analyze(new Article("t", new Source(null, null, null), null, null,
                Published.of(LocalDate.of(2024, 5, 20)), null, "id", 1.0, null,
                "Turki mengecam Swedia atas pembakaran Al Quran di depan kedutaannya.",
                List.of(new Span(0, 68)), 0, List.of())).events();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("accuse.kecam");
            assertThat(e.type()).isEqualTo(PloverType.ACCUSE);
            assertThat(e.cameo()).isEqualTo("111");
            assertThat(e.goldstein()).isEqualTo(-2.0);
            assertThat(e.source()).extracting(a -> a.code()).containsExactly("TUR");
            assertThat(e.target()).extracting(a -> a.code()).containsExactly("SWE");
        });
    }

    @Test
    void malformedEntriesFailAtLoad() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VerbDictionary.parse(
                List.of("x.y | kecam | ACCUSE | - | - | 111 | nosuchoption | Contoh.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchoption");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VerbDictionary.parse(
                List.of("x.y | kecam | ACCUSE | - | - | 111 | target-as=nope | Contoh.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}

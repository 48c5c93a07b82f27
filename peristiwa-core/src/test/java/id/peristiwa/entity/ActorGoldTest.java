package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.document.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorGoldTest {

    private static final ActorGold GOLD = ActorGold.load();

    @Test
    void goldHasEnoughDatedDocumentsAndSentences() {
        int sentences = GOLD.documents().stream().mapToInt(d -> d.sentences().size()).sum();
        assertThat(sentences).isGreaterThanOrEqualTo(130);
        List<String> ids = GOLD.documents().stream().map(ActorGold.Document::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(GOLD.documents().stream().filter(d -> d.published() == null).map(ActorGold.Document::id))
                .isEmpty();
    }

    @Test
    void everyExpectedMentionLiesInItsSentenceWithItsExactText() {
        for (ActorGold.Document document : GOLD.documents()) {
            for (ActorGold.Sentence sentence : document.sentences()) {
                assertThat(sentence.span().of(document.text())).isEqualTo(sentence.text());
                for (ActorGold.Expected expected : sentence.mentions()) {
                    assertThat(expected.span().of(document.text())).as(document.id()).isEqualTo(expected.text());
                    assertThat(expected.span().start()).isGreaterThanOrEqualTo(sentence.span().start());
                    assertThat(expected.span().end()).isLessThanOrEqualTo(sentence.span().end());
                }
            }
        }
    }

    @Test
    void expectedMentionsOfASentenceNeverOverlap() {
        for (ActorGold.Document document : GOLD.documents()) {
            for (ActorGold.Sentence sentence : document.sentences()) {
                List<ActorGold.Expected> mentions = sentence.mentions();
                for (int i = 0; i < mentions.size(); i++) {
                    for (int j = i + 1; j < mentions.size(); j++) {
                        Span a = mentions.get(i).span();
                        Span b = mentions.get(j).span();
                        assertThat(a.end() <= b.start() || b.end() <= a.start())
                                .as(sentence.text() + ": " + mentions.get(i).text() + " / " + mentions.get(j).text())
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyRuleIsExercisedSeveralTimes() {
        Map<String, Long> perRule = GOLD.expected().stream()
                .collect(Collectors.groupingBy(ActorGold.Expected::rule, Collectors.counting()));
        assertThat(perRule.keySet()).containsExactlyInAnyOrderElementsOf(ActorGold.RULES);
        assertThat(perRule.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void pluralReferencesListSeveralReferentsAndSingularOnesOne() {
        assertThat(GOLD.expected()).allSatisfy(e -> {
            if (e.rule().equals("plural")) {
                assertThat(e.members()).as(e.text()).hasSizeGreaterThan(1);
            } else if (e.isActor()) {
                assertThat(e.members()).as(e.text()).hasSize(1);
            }
        });
    }

    @Test
    void aCoderThatEchoesTheGoldScoresPerfectly() {
        ActorScore score = ActorScore.of(GOLD, ActorGoldTest::echo);
        assertThat(score.exact()).isEqualTo(score.actors());
        assertThat(score.country()).isEqualTo(score.actors());
        assertThat(score.placesRight()).isEqualTo(score.places());
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void aCoderThatFindsNothingGetsNoActorButEveryPlace() {
        ActorScore score = ActorScore.of(GOLD, text -> List.of());
        assertThat(score.exact()).isZero();
        assertThat(score.recall()).isZero();
        assertThat(score.placesRight()).isEqualTo(score.places()).isPositive();
    }

    private static final String SMALL = """
            @doc kecil
            @date 2022-11-03
            > Menhan AS Lloyd Austin bertemu Menhan Korsel Lee Jong-sup di Seoul. # a comment
              Lloyd Austin = USAMIL|USAGOV PERSON officeholder
              Lee Jong-sup = KORGOV PERSON role
              Seoul = - LOCATION place
            > Keduanya mengecam Korut, kata Yonhap mengutip Seoul.
              Keduanya = USAMIL,KORGOV PERSON plural
              Korut = PRK COUNTRY press-form
              Yonhap = KORMED ORGANIZATION agency
              Seoul = KORGOV COUNTRY metonym
            """;

    @Test
    void scoresExactCodesCountriesPluralsAndPlacesOnAHandWrittenArticle() {
        ActorGold gold = ActorGold.parse(SMALL);
        String text = gold.documents().getFirst().text();
        List<Mention> emitted = new ArrayList<>();
        // the whole role phrase, coded GOV: an accepted alternative
        emitted.add(mention(text, "Menhan AS Lloyd Austin", "USAGOV"));
        // right country, wrong sector
        emitted.add(mention(text, "Lee Jong-sup", "KORMIL"));
        // a place wrongly coded as an actor
        emitted.add(mention(text, "Seoul", "KORGOV"));
        // the plural refers back to the two ministers
        emitted.add(new Mention(at(text, "Keduanya"), "Keduanya", MentionKind.PERSON, null, List.of(0, 1)));
        emitted.add(mention(text, "Korut", "PRK"));
        // Yonhap missed; the second Seoul right
        Span second = new Span(text.lastIndexOf("Seoul"), text.lastIndexOf("Seoul") + 5);
        emitted.add(new Mention(second, "Seoul", MentionKind.COUNTRY, actor("KORGOV")));

        ActorScore score = ActorScore.of(gold, t -> emitted);

        assertThat(score.actors()).isEqualTo(6);
        // Austin, Korut, Seoul; the plural resolves to USAGOV + KORMIL and so misses exactly
        assertThat(score.exact()).isEqualTo(3);
        // Lee and the plural agree at the country level as well
        assertThat(score.country()).isEqualTo(5);
        assertThat(score.places()).isEqualTo(1);
        assertThat(score.placesRight()).isZero();
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.byRule()).containsEntry("plural", new ActorScore.RuleCount(1, 0))
                .containsEntry("metonym", new ActorScore.RuleCount(1, 1))
                .containsEntry("agency", new ActorScore.RuleCount(1, 0));
    }

    @Test
    void occurrencesCountOnlyOnWordBoundaries() {
        String sentence = "ASEAN dan AS membahas sikap AS terhadap Myanmar.";
        assertThat(ActorGold.occurrence(sentence, "AS", 1)).isEqualTo(sentence.indexOf(" AS ") + 1);
        assertThat(ActorGold.occurrence(sentence, "AS", 2)).isEqualTo(sentence.lastIndexOf("AS"));
        assertThat(ActorGold.occurrence(sentence, "AS", 3)).isEqualTo(-1);
    }

    @Test
    void rejectsMentionsMissingFromTheirSentenceAndUnknownRules() {
        assertThatThrownBy(() -> ActorGold.parse("@doc a\n> ASEAN bertemu.\n  AS = USA COUNTRY press-form\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'AS' not in sentence");
        assertThatThrownBy(() -> ActorGold.parse("@doc a\n> AS marah.\n  AS = USA COUNTRY guess\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule guess");
        assertThatThrownBy(() -> ActorGold.parse("@doc a\n> Di Seoul hujan.\n  Seoul = KORGOV LOCATION place\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-' goes with rule place");
    }

    /** Emits each expected mention with its preferred codes; plurals refer to hidden zero-width referents. */
    private static List<Mention> echo(String text) {
        ActorGold.Document document = GOLD.documents().stream().filter(d -> d.text().equals(text)).findFirst()
                .orElseThrow();
        List<Mention> out = new ArrayList<>();
        for (ActorGold.Sentence sentence : document.sentences()) {
            for (ActorGold.Expected e : sentence.mentions()) {
                if (!e.isActor()) {
                    out.add(new Mention(e.span(), e.text(), e.kind(), null));
                } else if (e.members().size() == 1) {
                    out.add(new Mention(e.span(), e.text(), e.kind(), actor(preferred(e, 0))));
                } else {
                    List<Integer> referents = new ArrayList<>();
                    for (int i = 0; i < e.members().size(); i++) {
                        referents.add(out.size());
                        out.add(new Mention(new Span(0, 0), "", MentionKind.COUNTRY, actor(preferred(e, i))));
                    }
                    out.add(new Mention(e.span(), e.text(), e.kind(), null, referents));
                }
            }
        }
        return out;
    }

    private static String preferred(ActorGold.Expected expected, int member) {
        return expected.members().get(member).stream().sorted().findFirst().orElseThrow();
    }

    private static Mention mention(String text, String covered, String code) {
        return new Mention(at(text, covered), covered, MentionKind.PERSON, actor(code));
    }

    private static Span at(String text, String covered) {
        int start = text.indexOf(covered);
        return new Span(start, start + covered.length());
    }

    private static Actor actor(String code) {
        return new Actor(code, code.startsWith("IGO") ? null : code.substring(0, 3), null, code, null);
    }
}

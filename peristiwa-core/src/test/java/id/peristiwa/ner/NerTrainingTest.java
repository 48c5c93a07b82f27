package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainingTest {

    /** Sentences written as "word/LABEL" pairs, O when no label is given. */
    private static LabeledSentence sentence(String text) {
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String item : text.split(" ")) {
            int slash = item.lastIndexOf('/');
            words.add(slash > 0 ? item.substring(0, slash) : item);
            labels.add(slash > 0 ? item.substring(slash + 1) : "O");
        }
        return new LabeledSentence(words, labels);
    }

    private static final List<LabeledSentence> TRAINING = List.of(
            sentence("Menteri Luar Negeri Sugiono/B-PERSON bertemu Wang/B-PERSON Yi/I-PERSON di Beijing/B-LOCATION ."),
            sentence("Presiden Prabowo/B-PERSON Subianto/I-PERSON tiba di Surabaya/B-LOCATION pada Senin pagi ."),
            sentence("Komisi/B-ORGANIZATION Pemberantasan/I-ORGANIZATION Korupsi/I-ORGANIZATION memeriksa "
                    + "Bupati Sidoarjo/B-LOCATION di Jakarta/B-LOCATION ."),
            sentence("Badan/B-ORGANIZATION Pusat/I-ORGANIZATION Statistik/I-ORGANIZATION mencatat inflasi turun ."),
            sentence("gubernur khofifah/B-PERSON meninjau banjir di gresik/B-LOCATION ."),
            sentence("Juru bicara Kementerian/B-ORGANIZATION Pertahanan/I-ORGANIZATION menolak berkomentar ."));

    private static NameTagger train(long seed) {
        return train(seed, 1);
    }

    private static NameTagger train(long seed, int members) {
        return train(seed, members, 0);
    }

    private static NameTagger train(long seed, int members, double dropout) {
        ClusterBuilder tiny = new ClusterBuilder(1, 100, 20, 4, new int[] {2, 4}, 3, seed);
        NerTraining.Options options = new NerTraining.Options(List.of(java.nio.file.Path.of("unused")),
                TagMapping.INDONLU, null, 20, seed, 18, List.of(), members, dropout);
        return NerTraining.train(TRAINING, List.of(), TagMapping.INDONLU, List.of(), tiny, options, s -> { });
    }

    @Test
    void learnsItsTrainingSentences() {
        NameTagger tagger = train(7);
        for (LabeledSentence s : TRAINING) {
            assertThat(tagger.tags(s.words())).as(String.join(" ", s.words())).isEqualTo(s.labels());
        }
    }

    @Test
    void aSavedModelTagsExactlyAsTheTrainedOne() throws IOException {
        NameTagger trained = train(7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.save(bytes);
        NameTagger loaded = new NameTagger(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())));
        List<List<String>> probes = List.of(
                Arrays.asList("Wakil Presiden Gibran Rakabuming bertolak ke Surabaya .".split(" ")),
                Arrays.asList("Kementerian Pertahanan membantah laporan itu di Jakarta .".split(" ")),
                Arrays.asList("khofifah tiba di beijing .".split(" ")));
        for (List<String> words : probes) {
            assertThat(loaded.tags(words)).isEqualTo(trained.tags(words));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        loaded.save(again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    @Test
    void theMeanOfSeveralTrainingsLearnsItsSentencesAndIsNotAnyOneOfThem() throws IOException {
        NameTagger averaged = train(7, 3);
        for (LabeledSentence s : TRAINING) {
            assertThat(averaged.tags(s.words())).as(String.join(" ", s.words())).isEqualTo(s.labels());
        }
        assertThat(bytes(averaged)).isNotEqualTo(bytes(train(7, 1))).isEqualTo(bytes(train(7, 3)));
    }

    @Test
    void withFeatureDropoutItStillLearnsItsSentencesButLearnsOtherWeights() throws IOException {
        NameTagger thinned = train(7, 1, 0.3);
        for (LabeledSentence s : TRAINING) {
            assertThat(thinned.tags(s.words())).as(String.join(" ", s.words())).isEqualTo(s.labels());
        }
        assertThat(bytes(thinned)).isNotEqualTo(bytes(train(7, 1, 0))).isEqualTo(bytes(train(7, 1, 0.3)));
    }

    @Test
    void aThinnedSentenceKeepsWholeFeaturesInOrderAndAboutTheShareAsked() {
        int[] word = new int[2000];
        for (int b = 0; b < word.length; b++) {
            word[b] = b;
        }
        var sentence = new PerceptronTrainer.Example(new int[][] {word, {8, 9}}, new int[] {0, 1});

        var thinned = sentence.thinned(new java.util.Random(5), 0.25);

        int[] kept = thinned.features()[0];
        assertThat(kept.length).isEven().isBetween(1400, 1600);
        for (int j = 0; j < kept.length; j += 2) {
            assertThat(kept[j] % 2).isZero();
            assertThat(kept[j + 1]).isEqualTo(kept[j] + 1);
        }
        assertThat(kept).isSorted();
        assertThat(thinned.gold()).containsExactly(0, 1);
        assertThat(sentence.thinned(new java.util.Random(5), 0).features()).isDeepEqualTo(sentence.features());
        assertThat(sentence.features()[0]).hasSize(2000);
    }

    @Test
    void theShareOfFeaturesHiddenIsBelowOne() {
        for (double share : new double[] {-0.1, 1, Double.NaN}) {
            assertThatThrownBy(() -> new NerTraining.Options(List.of(java.nio.file.Path.of("unused")),
                    TagMapping.INDONLU, null, 20, 7, 18, List.of(), 1, share))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void averagedWeightsAddAndDivideElementByElement() {
        var a = new PerceptronTrainer.Averaged(new float[] {1, -2, 0}, new float[] {4});
        var b = new PerceptronTrainer.Averaged(new float[] {3, 2, 1}, new float[] {-1});

        var mean = a.plus(b).dividedBy(2);

        assertThat(mean.weights()).containsExactly(2f, 0f, 0.5f);
        assertThat(mean.transitions()).containsExactly(1.5f);
        assertThat(a.weights()).containsExactly(1f, -2f, 0f);
    }

    @Test
    void atLeastOneTrainingIsAveraged() {
        assertThatThrownBy(() -> new NerTraining.Options(List.of(java.nio.file.Path.of("unused")),
                TagMapping.INDONLU, null, 20, 7, 18, List.of(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(NameTagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.save(out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        train(7).save(first);
        train(7).save(second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }
}

package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Span;
import id.peristiwa.testing.SharedData;
import id.peristiwa.text.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached scores against the plain feature-by-feature path: equal to the last bit, and so equal tags. */
class CachedEmissionsTest {
    private static final SequenceModel MODEL = bundled();
    private static final List<String> SENTENCES = List.of(
            "Gubernur Jawa Timur Khofifah Indar Parawansa meresmikan Rumah Sakit Umum Daerah di Sidoarjo, Senin (3/3).",
            "Komisi Pemberantasan Korupsi (KPK) memeriksa mantan Menteri Pertanian Syahrul Yasin Limpo di Jakarta.",
            "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Istana Merdeka, Jakarta, Kamis.",
            "Bank Indonesia menahan suku bunga acuan di level 6,00 persen pada rapat Dewan Gubernur bulan ini.",
            "harga cabai di pasar induk kramat jati naik menjadi rp 80.000 per kilogram menjelang lebaran",
            "PT Pertamina (Persero) menyalurkan 1,2 juta liter solar ke Nusa Tenggara Timur.",
            "Kata dia, \"Kami tidak akan mundur.\"");

    private static SequenceModel bundled() {
        try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED)) {
            return ModelFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String sentence) {
        return Segmenter.indonesian().tokens(sentence, new Span(0, sentence.length())).stream()
                .map(t -> sentence.substring(t.start(), t.end())).toList();
    }

    /** The plain path's emissions, laid out as the cache's, where no name begins at a word with no letter. */
    private static float[] plain(List<String> words) {
        float[][] e = MODEL.weights().scoreAll(MODEL.extractor().extract(words));
        float[] flat = new float[e.length * EntityTags.COUNT];
        for (int i = 0; i < e.length; i++) {
            System.arraycopy(e[i], 0, flat, i * EntityTags.COUNT, EntityTags.COUNT);
            if (!FeatureExtractor.hasLetter(FeatureExtractor.shape(words.get(i)))) {
                EntityTags.forbidBegins(flat, i * EntityTags.COUNT);
            }
        }
        return flat;
    }

    private static void assertSame(CachedEmissions cache, List<String> words) {
        float[] fast = cache.emissions(words);
        assertThat(fast).as(String.join(" ", words)).containsExactly(plain(words));
        assertThat(Viterbi.decode(fast, words.size(), MODEL.transitions()))
                .containsExactly(MODEL.decode(MODEL.extractor(), words));
    }

    @Test
    void scoresEqualThePlainPathOnNewsSentences() {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 16, 17);
        for (int round = 0; round < 2; round++) {
            for (String s : SENTENCES) {
                assertSame(cache, words(s));
            }
        }
    }

    @Test
    void aTinyCacheThatEvictsAllTheTimeStillScoresExactly() {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 1, 1);
        for (String s : SENTENCES) {
            assertSame(cache, words(s));
        }
    }

    @Test
    void tokensOfATextScoreAsTheirWords() {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 16, 17);
        String s = SENTENCES.getFirst();
        var tokens = Segmenter.indonesian().tokens(s, new Span(0, s.length()));
        assertThat(cache.emissions(s, tokens)).containsExactly(plain(words(s)));
        assertThat(cache.emissions("", List.of())).isEmpty();
    }

    @Test
    void scoresEqualThePlainPathOnTheNergritTestFile() throws IOException {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 12, 12);
        List<LabeledSentence> sentences = ConllCorpus.read(
                SharedData.require("ner/nergrit_ner-grit/test_preprocess.txt"));
        assertThat(sentences).hasSizeGreaterThan(100);
        for (LabeledSentence s : sentences) {
            assertSame(cache, s.words());
        }
    }

    /**
     * Near capitals: a word with a capital within two words scores exactly as on the plain path, any other word can
     * only be outside a name, and the tags are those of exactly such scores. The sentence's first word (with a
     * letter or digit) counts as a capital only when news text does not write it in lower case.
     *
     * @return how many words are left unscored
     */
    private static int assertSameNearCapitals(CachedEmissions cache, List<String> words) {
        float[] near = cache.emissionsNearCapitals(words);
        float[] plain = plain(words);
        float[] expected = new float[plain.length];
        boolean cased = words.stream().anyMatch(w -> FeatureExtractor.hasUpperCase(w, 0, w.length()));
        boolean[] capital = new boolean[words.size()];
        boolean first = true;
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j);
            capital[j] = Character.isUpperCase(w.charAt(0));
            if (first && Character.isLetterOrDigit(w.charAt(0))) {
                first = false;
                capital[j] &= MODEL.extractor().view(w, true).casing() != CasingClass.LOWER.ordinal();
            }
        }
        int t = EntityTags.COUNT;
        int unscored = 0;
        for (int i = 0; i < words.size(); i++) {
            boolean scored = !cased;
            for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 2); j++) {
                scored |= capital[j];
            }
            unscored += scored ? 0 : 1;
            for (int k = 0; k < t; k++) {
                int at = i * t + k;
                expected[at] = scored ? plain[at] : k == EntityTags.OUTSIDE ? 0 : Float.NEGATIVE_INFINITY;
                if (scored || k != EntityTags.OUTSIDE) {
                    assertThat(near[at]).as(String.join(" ", words) + " @" + i).isEqualTo(expected[at]);
                }
            }
        }
        assertThat(Viterbi.decode(near, words.size(), MODEL.transitions()))
                .containsExactly(Viterbi.decode(expected, words.size(), MODEL.transitions()));
        return unscored;
    }

    @Test
    void aSentenceOpeningWrittenInLowerCaseElsewhereIsNoCapital() {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 12, 12);
        assertThat(assertSameNearCapitals(cache, words("Namun , pertemuan itu ditunda hingga pekan depan ."))).isEqualTo(9);
        assertThat(assertSameNearCapitals(cache, words("\" Menurut saya , pertemuan itu penting ."))).isEqualTo(8);
        assertThat(assertSameNearCapitals(cache, words("Menurut Retno , pertemuan itu penting ."))).isEqualTo(3);
    }

    @Test
    void nearCapitalsOnlyWordsBesideACapitalAreScored() throws IOException {
        CachedEmissions cache = new CachedEmissions(MODEL.extractor(), MODEL.weights(), 12, 12);
        for (String s : SENTENCES) {
            assertSameNearCapitals(cache, words(s));
        }
        for (LabeledSentence s : ConllCorpus.read(SharedData.require("ner/nergrit_ner-grit/test_preprocess.txt"))) {
            assertSameNearCapitals(cache, s.words());
        }
    }
}

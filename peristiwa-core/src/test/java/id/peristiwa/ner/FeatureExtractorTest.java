package id.peristiwa.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private final FeatureExtractor extractor = new FeatureExtractor(
            new WordClusters(List.of("jakarta", "surabaya", "di"), new int[][] {{0, 0, 1}, {3, 3, 5}}, new byte[3]),
            new FeatureHasher(20), NameCues.indonesian(), KnownNames.indonesian());

    @Test
    void shapesShortenRunsOfLikeCharacters() {
        assertThat(FeatureExtractor.shape("Sugiono")).isEqualTo("Xx");
        assertThat(FeatureExtractor.shape("KPK")).isEqualTo("X");
        assertThat(FeatureExtractor.shape("Al-Qaeda")).isEqualTo("Xx-Xx");
        assertThat(FeatureExtractor.shape("2.027")).isEqualTo("d.d");
        assertThat(FeatureExtractor.shape("rumahnya")).isEqualTo("x");
    }

    @Test
    void theSameWordInTheSameContextHasTheSameFeatures() {
        int[][] a = extractor.extract(List.of("Gubernur", "tiba", "di", "Jakarta"));
        int[][] b = extractor.extract(List.of("Presiden", "tiba", "di", "Jakarta"));
        assertThat(a[3]).containsExactly(b[3]);
        assertThat(a).hasNumberOfRows(4);
    }

    @Test
    void wordsOfOneClassShareTheirClassFeatures() {
        int[] jakarta = extractor.extract(List.of("Ia", "tiba", "di", "Jakarta"))[3];
        int[] surabaya = extractor.extract(List.of("Ia", "tiba", "di", "Surabaya"))[3];
        int[] medan = extractor.extract(List.of("Ia", "tiba", "di", "Medan"))[3];
        long sharedKnown = java.util.Arrays.stream(jakarta).filter(b -> contains(surabaya, b)).count();
        long sharedUnknown = java.util.Arrays.stream(jakarta).filter(b -> contains(medan, b)).count();
        assertThat(sharedKnown).isGreaterThan(sharedUnknown);
    }

    @Test
    void caselessTextGetsOtherShapeFeaturesThanCasedText() {
        int[] cased = extractor.extract(List.of("Ia", "tiba", "di", "Jakarta"))[3];
        int[] caseless = extractor.extract(List.of("ia", "tiba", "di", "jakarta"))[3];
        assertThat(cased).isNotEqualTo(caseless);
        assertThat(extractor.extract(List.of("ia", "tiba", "di", "jakarta"))[3]).containsExactly(caseless);
    }

    @Test
    void aTitleAtTheHeadOfTheCapitalizedRunReachesTheNameAtItsEnd() {
        int[] afterTitle = extractor.extract(List.of("Gubernur", "Jawa", "Timur", "Khofifah", "tiba"))[3];
        int[] afterOther = extractor.extract(List.of("Warga", "Jawa", "Timur", "Khofifah", "tiba"))[3];
        assertThat(afterTitle).isNotEqualTo(afterOther);
    }

    @Test
    void theLastWordOfTheCapitalizedRunReachesItsFirstWord() {
        int[] label = extractor.extract(List.of("Ia", "bekerja", "di", "Sony", "Music", "Asia", "Entertainment"))[3];
        int[] region = extractor.extract(List.of("Ia", "bekerja", "di", "Sony", "Music", "Asia", "Tenggara"))[3];
        assertThat(label).isNotEqualTo(region);
        int[] beyondTheRun = extractor.extract(List.of("Ia", "bekerja", "di", "Sony", "Music", "Asia", "dan",
                "Entertainment"))[3];
        assertThat(beyondTheRun).containsExactly(
                extractor.extract(List.of("Ia", "bekerja", "di", "Sony", "Music", "Asia", "dan", "Tenggara"))[3]);
    }

    @Test
    void aLowerCaseWordEndsTheRun() {
        int[] a = extractor.extract(List.of("Gubernur", "dan", "Jawa", "Timur", "Khofifah", "tiba"))[4];
        int[] b = extractor.extract(List.of("Warga", "dan", "Jawa", "Timur", "Khofifah", "tiba"))[4];
        assertThat(a).containsExactly(b);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aWordsKnownNamePartsAreFeaturesOfTheirOwn() {
        WordView known = extractor.view("RCTI", true);
        assertThat(known.known()).isNotZero();
        WordView unknown = new WordView(known.surface(), known.lower(), known.shape(), known.casing(),
                known.clusters(), known.cue(), 0, known.capital());
        long[] a = new long[FeatureExtractor.MAX_GROUP];
        long[] b = new long[FeatureExtractor.MAX_GROUP];
        int n = extractor.own(known, 1, a, 0);
        assertThat(extractor.own(unknown, 1, b, 0)).isEqualTo(n);
        long differing = java.util.stream.IntStream.range(0, n).filter(i -> a[i] != b[i]).count();
        assertThat(differing).isEqualTo(2);
    }
}

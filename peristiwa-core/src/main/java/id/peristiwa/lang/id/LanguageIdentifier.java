package id.peristiwa.lang.id;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Identifies the language of an article's text: Indonesian ({@code id}), Malay ({@code ms}), English
 * ({@code en}), one of a handful of other languages Indonesian news pages carry, or {@code und}.
 *
 * <p>Lingua does the work on a bounded sample of the text (three windows of 500 characters spread over it; the
 * marker words are counted over three windows of 1,000).
 * Between Indonesian and Malay, which Lingua separates only by a small margin, its evidence is combined with
 * counts of words that differ between the two standards ({@link MalayIndonesianMarkers}); a text with many
 * Indonesian-only words and no Malay ones is Indonesian without asking Lingua. A text dense with the function
 * words both standards write is in one of the two: there one Indonesian-only word settles it, and otherwise Lingua
 * weighs those two languages' models alone instead of all twenty.
 *
 * <p>Instances are immutable and thread-safe; build one with {@link #standard()} and share it.
 */
public final class LanguageIdentifier {
    /**
     * The candidate languages. Lingua runs in low-accuracy mode, which loads only trigram models: for texts of
     * 120 characters or more Lingua uses trigrams alone in either mode, so articles are judged identically, while
     * the retained heap drops from about 190 MB for eight languages in high-accuracy mode to about 24 MB for these
     * twenty (measured in a JVM with -Xmx100m by {@code LanguageIdentifierMemoryTest}). Javanese and Sundanese have
     * no Lingua model.
     */
    private static final Language[] CANDIDATES = {
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.TAGALOG, Language.VIETNAMESE,
        Language.THAI, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.HINDI, Language.ARABIC,
        Language.TURKISH, Language.RUSSIAN, Language.GERMAN, Language.FRENCH, Language.DUTCH, Language.SPANISH,
        Language.PORTUGUESE, Language.ITALIAN, Language.SWAHILI,
    };

    /**
     * Lingua reports each language's value relative to the best one (the best is 1.0). A softmax with this
     * sharpness turns them into probabilities: a runner-up 0.1 below the winner, the usual Indonesian–Malay gap
     * on a 3,000-character article, leaves the winner at about 0.99; a gap of 0.02 at about 0.73.
     */
    private static final double SHARPNESS = 50.0;

    /** Fewer letters than this is a caption or a title, not enough to tell id from ms. */
    private static final int MIN_LETTERS = 40;

    /**
     * Log-odds for Indonesian before any evidence: this pipeline reads Indonesian news, where a Malay article is
     * rare, so a text on which Lingua leans to Malay by a hair and no marker word speaks is taken as Indonesian.
     */
    private static final double INDONESIAN_PRIOR_LOG_ODDS = 1.0;

    /**
     * Marker-word log-odds for Indonesian past which Lingua is not asked: two or more words that only the
     * Indonesian standard writes ("bahwa", "karena", "persen", "Senin") and none of Malay's. No other candidate
     * language writes them either, and most Indonesian news articles pass, which spares the n-gram models the
     * bulk of the work.
     */
    private static final double CERTAIN_INDONESIAN_LOG_ODDS = 4.0;

    /**
     * As {@link #CERTAIN_INDONESIAN_LOG_ODDS} for a text already known to be Indonesian or Malay from its function
     * words: one word that only Indonesian writes, against no Malay one, then decides. Malaysian news samples
     * carry Malay marker words by the handful (log-odds 4 to 30 on the team's Malay texts), never a net lean the
     * other way.
     */
    private static final double CERTAIN_PAIR_LOG_ODDS = 2.0;

    /**
     * Share of a sample's words that are function words of both Indonesian and Malay past which the text is
     * taken to be in one of the two. Measured: the corpus's Indonesian news samples have a median of 0.14 and 4,834
     * of 5,246 reach 0.10; the team's Malay texts 0.07 to 0.20; the scrapinghub pages in English, Portuguese,
     * Italian and other languages all stay below 0.02.
     */
    private static final double PAIR_SHARE = 0.10;

    private static final String INDONESIAN = "id";
    private static final String MALAY = "ms";

    private final LanguageDetector detector;
    /** Lingua with Indonesian and Malay only, for texts that can only be one of them. */
    private final LanguageDetector pairDetector;
    private final MalayIndonesianMarkers markers;
    private final TextSample sample = new TextSample(3, 1_000);
    /** What Lingua reads when the marker words do not settle the text: less, since n-grams cost more per letter. */
    private final TextSample modelSample = new TextSample(3, 500);

    private LanguageIdentifier(LanguageDetector detector, LanguageDetector pairDetector,
            MalayIndonesianMarkers markers) {
        this.detector = detector;
        this.pairDetector = pairDetector;
        this.markers = markers;
    }

    /** The shared identifier with the standard language set and the pack's Malay–Indonesian markers. */
    public static LanguageIdentifier standard() {
        return Holder.STANDARD;
    }

    /** Lazy, once: building loads the language models (about a second). */
    private static final class Holder {
        static final LanguageIdentifier STANDARD = new LanguageIdentifier(detector(CANDIDATES),
                detector(Language.INDONESIAN, Language.MALAY), MalayIndonesianMarkers.load());

        private static LanguageDetector detector(Language... languages) {
            return LanguageDetectorBuilder.fromLanguages(languages)
                    .withLowAccuracyMode()
                    .withPreloadedLanguageModels()
                    .build();
        }
    }

    /**
     * Identifies the language of an article-length text. Cost is bounded: at most about 3,000 characters are read.
     *
     * @param text the clean article text
     * @return the language; {@code und} with confidence 0 when the text has too few letters or no language fits
     */
    public LanguageGuess identify(String text) {
        Objects.requireNonNull(text, "text");
        String sampled = sample.of(text);
        MalayIndonesianMarkers.Evidence evidence = markers.evidence(sampled);
        if (evidence.letters() < MIN_LETTERS) {
            return LanguageGuess.undetermined();
        }
        double markerLogOdds = evidence.malayLogOdds();
        boolean pair = evidence.sharedShare() >= PAIR_SHARE;
        if (-markerLogOdds >= (pair ? CERTAIN_PAIR_LOG_ODDS : CERTAIN_INDONESIAN_LOG_ODDS)) {
            return new LanguageGuess(INDONESIAN, 1.0 / (1.0 + Math.exp(markerLogOdds)));
        }
        LanguageDetector models = pair ? pairDetector : detector;
        SortedMap<Language, Double> relative = models.computeLanguageConfidenceValues(modelSample.of(text));
        if (relative.isEmpty() || relative.firstKey() == Language.UNKNOWN) {
            return LanguageGuess.undetermined();
        }
        double norm = 0.0;
        for (double value : relative.values()) {
            norm += Math.exp(SHARPNESS * (value - 1.0));
        }
        Language best = relative.firstKey();
        if (best != Language.INDONESIAN && best != Language.MALAY) {
            return new LanguageGuess(code(best), 1.0 / norm);
        }
        double malay = relative.getOrDefault(Language.MALAY, 0.0);
        double indonesian = relative.getOrDefault(Language.INDONESIAN, 0.0);
        double pairMass = (Math.exp(SHARPNESS * (malay - 1.0)) + Math.exp(SHARPNESS * (indonesian - 1.0))) / norm;
        double malayLogOdds = SHARPNESS * (malay - indonesian) + markerLogOdds
                - INDONESIAN_PRIOR_LOG_ODDS;
        double pMalay = 1.0 / (1.0 + Math.exp(-malayLogOdds));
        return malayLogOdds > 0
                ? new LanguageGuess(MALAY, pairMass * pMalay)
                : new LanguageGuess(INDONESIAN, pairMass * (1.0 - pMalay));
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}

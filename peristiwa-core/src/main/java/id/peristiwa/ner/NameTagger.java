package id.peristiwa.ner;

import id.peristiwa.document.Span;
import id.peristiwa.entity.CommonWords;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.entity.NameFinder;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import java.time.LocalDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds names of persons, organizations and places in Indonesian sentences with a statistical sequence model
 * (an averaged perceptron over BIO tags, decoded with Viterbi), including names no gazetteer holds. Immutable and
 * safe to share between threads.
 */
public final class NameTagger implements NameFinder {
    /** The classpath resource of the bundled Indonesian model. */
    static final String BUNDLED = "/id/peristiwa/lang/id/ner-model.bin.gz";

    /** Word forms kept with their scores: news text reuses far fewer forms than this. */
    private static final int WORD_BITS = 17;
    /** Adjacent word pairs kept with their scores. */
    private static final int PAIR_BITS = 18;

    private final SequenceModel model;
    private final CachedEmissions emissions;

    NameTagger(SequenceModel model) {
        this.model = model;
        this.emissions = new CachedEmissions(model.extractor(), model.weights(), WORD_BITS, PAIR_BITS);
    }

    /**
     * The tagger with the model bundled in the language pack, read from the classpath on first use and shared.
     *
     * @throws IllegalStateException when the model is missing from the classpath (a packaging error)
     */
    public static NameTagger indonesian() {
        return Bundled.TAGGER;
    }

    /**
     * A tagger with the model in {@code file} (as {@code peristiwa train ner} writes it).
     *
     * @throws IOException when the file cannot be read or is not a model of a supported format version
     */
    public static NameTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameTagger(ModelFile.read(in));
        }
    }

    /**
     * The words the model's unlabelled text usually writes in lower case inside sentences (its word table's
     * casing classes), for telling an office's name from a person's after a title.
     */
    public CommonWords commonWords() {
        WordClusters clusters = model.extractor().clusters();
        return clusters::usuallyLowerCase;
    }

    /** Writes this tagger's model in the format {@link #load} reads. */
    public void save(OutputStream out) throws IOException {
        ModelFile.write(model, out);
    }

    /**
     * The names in one sentence.
     *
     * @param text           the text the tokens point into (an article's clean text)
     * @param sentenceTokens the sentence's tokens, in order, as {@code Segmenter.tokens} gives them
     * @return the names in token order, none overlapping
     */
    public List<NamedSpan> tag(String text, List<Token> sentenceTokens) {
        Objects.requireNonNull(text, "text");
        int[] tags = Viterbi.decode(emissions.emissionsNearCapitals(text, sentenceTokens), sentenceTokens.size(),
                model.transitions());
        List<NamedSpan> names = new ArrayList<>();
        for (int i = 0; i < tags.length; ) {
            if (tags[i] == EntityTags.OUTSIDE) {
                i++;
                continue;
            }
            int kind = EntityTags.kind(tags[i]);
            int end = i + 1;
            while (end < tags.length && EntityTags.isInside(tags[end]) && EntityTags.kind(tags[end]) == kind) {
                end++;
            }
            MentionKind k = EntityTags.KINDS.get(kind);
            names.add(new NamedSpan(i, end, new Span(sentenceTokens.get(i).start(),
                    sentenceTokens.get(end - 1).end()), k));
            i = end;
        }
        return names;
    }

    /**
     * The names of one sentence as mentions without actors: the model knows that a name is a person, an
     * organization or a place, not whom it codes as; earlier finders and coreference supply that.
     */
    @Override
    public List<Mention> find(String text, Sentence sentence, LocalDate asOf) {
        List<Mention> mentions = new ArrayList<>();
        for (NamedSpan name : tag(text, sentence.tokens())) {
            mentions.add(new Mention(name.span(), name.span().of(text), name.kind(), null));
        }
        return mentions;
    }

    /**
     * BIO tags for words of one sentence: {@code O}, {@code B-PERSON}, {@code I-PERSON}, {@code B-ORGANIZATION},
     * {@code I-ORGANIZATION}, {@code B-LOCATION}, {@code I-LOCATION}; an {@code I-} tag always continues a name of
     * its kind.
     */
    public List<String> tags(List<String> words) {
        int[] tags = Viterbi.decode(emissions.emissionsNearCapitals(List.copyOf(words)), words.size(),
                model.transitions());
        return Arrays.stream(tags).mapToObj(EntityTags::name).toList();
    }

    /** Holds the bundled tagger, read when first asked for. */
    private static final class Bundled {
        static final NameTagger TAGGER = read();

        private static NameTagger read() {
            try (InputStream in = NameTagger.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("name-tagger model missing from classpath: " + BUNDLED);
                }
                return new NameTagger(ModelFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled name-tagger model", e);
            }
        }
    }
}

package id.peristiwa.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds a {@link NameTagger} from labelled CoNLL files: learns word classes from an unlabelled corpus (and the
 * training sentences' words), extracts features, and trains an averaged perceptron, keeping the epoch that scores
 * best on the validation files ({@code valid_preprocess.txt} beside each {@code train_preprocess.txt}; the
 * macro-F1 averaged over files). Deterministic: the same inputs and options give the same model file.
 */
public final class NerTraining {
    /** Perceptron passes of the shipped model. */
    public static final int DEFAULT_EPOCHS = 20;
    /**
     * Seed of the shipped model: of seeds 1, 2 and 3 the one that scored best on the validation files when the
     * known-name features came in (training order moves validation macro-F1 by about 0.01).
     */
    public static final long DEFAULT_SEED = 3L;
    /** Feature table size of the shipped model, as a power of two. */
    public static final int DEFAULT_HASH_BITS = 22;
    /**
     * Times the shipped model trains on each default file (NERGrit, NERP) per pass: NERGrit is the only cased
     * set and a quarter of NERP's size, so it is repeated for the cased features to learn as much from it.
     */
    public static final List<Integer> DEFAULT_REPEATS = List.of(3, 1);
    /**
     * Trainings averaged into the shipped model, each in its own order: single trainings of seeds 1-5 score
     * 0.682-0.695 NERGrit test macro-F1, the mean of five 0.698 and 0.699 (base seeds 1 and 3); the mean is one
     * model of the same size, so tagging costs no more.
     */
    public static final int DEFAULT_MEMBERS = 5;
    /**
     * Share of each word's features hidden at each visit to a training sentence (feature dropout) in the shipped
     * model: see the measurements in the README's name-tagger section.
     */
    public static final double DEFAULT_DROPOUT = 0.4;
    /** How far apart the training-order seeds of the averaged trainings are. */
    static final long MEMBER_SEED_STEP = 1000L;

    /**
     * What to train on and how.
     *
     * @param data     training files; a file whose name contains {@code train} is validated on its sibling
     *                 with {@code valid} in its place, when that exists
     * @param mapping  how the files' entity types map onto ours
     * @param corpus   a directory of JSON Lines articles for word classes, or null for none
     * @param epochs   the most perceptron passes
     * @param seed     seed for the training order and the word-class projection
     * @param hashBits the feature table size as a power of two
     * @param repeats  how many times each file's sentences are trained on per pass, by file (a file beyond the
     *                 list's end: once); a smaller data set repeated weighs as much as a larger one
     * @param members  how many trainings, each in its own order (seeds {@code seed}, {@code seed +}
     *                 {@value NerTraining#MEMBER_SEED_STEP}, ...), are averaged into the model
     * @param dropout  the share of each word's features hidden at each visit to a training sentence, in [0, 1)
     */
    public record Options(List<Path> data, TagMapping mapping, Path corpus, int epochs, long seed, int hashBits,
                          List<Integer> repeats, int members, double dropout) {
        public Options {
            data = List.copyOf(data);
            repeats = List.copyOf(repeats);
            if (data.isEmpty() || epochs < 1) {
                throw new IllegalArgumentException("need training data and at least one epoch");
            }
            if (members < 1) {
                throw new IllegalArgumentException("need at least one training to average: " + members);
            }
            if (!(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("the share of features hidden must be in [0, 1): " + dropout);
            }
            if (repeats.stream().anyMatch(r -> r < 1)) {
                throw new IllegalArgumentException("a file must be trained on at least once: " + repeats);
            }
        }

        /**
         * The shipped model's options: NERGrit and NERP {@code train_preprocess.txt} under {@code data/ner} of
         * {@code dataRoot} ({@code ../shared/data}), word classes from its {@code corpus}, and the default
         * epochs, seed, table size, repeats, members and dropout.
         */
        public static Options shipped(Path dataRoot) {
            Path ner = dataRoot.resolve("ner");
            return new Options(List.of(ner.resolve("nergrit_ner-grit/train_preprocess.txt"),
                    ner.resolve("nerp_ner-prosa/train_preprocess.txt")), TagMapping.INDONLU,
                    dataRoot.resolve("corpus"), DEFAULT_EPOCHS, DEFAULT_SEED, DEFAULT_HASH_BITS, DEFAULT_REPEATS,
                    DEFAULT_MEMBERS, DEFAULT_DROPOUT);
        }

        /** Options that train once, on every file once per pass, on every feature. */
        public Options(List<Path> data, TagMapping mapping, Path corpus, int epochs, long seed, int hashBits) {
            this(data, mapping, corpus, epochs, seed, hashBits, List.of(), 1, 0);
        }

        int repeats(int file) {
            return file < repeats.size() ? repeats.get(file) : 1;
        }
    }

    private NerTraining() {
    }

    /**
     * Trains a tagger, reporting progress and validation scores line by line to {@code log}.
     *
     * @throws IOException when a file cannot be read
     */
    public static NameTagger train(Options options, Consumer<String> log) throws IOException {
        List<LabeledSentence> training = new ArrayList<>();
        List<List<LabeledSentence>> validation = new ArrayList<>();
        for (int f = 0; f < options.data().size(); f++) {
            Path file = options.data().get(f);
            List<LabeledSentence> sentences = ConllCorpus.read(file);
            for (int r = 0; r < options.repeats(f); r++) {
                for (LabeledSentence s : sentences) {
                    training.add(options.mapping().apply(s));
                }
            }
            Path valid = validationFile(file);
            if (valid != null) {
                validation.add(ConllCorpus.read(valid));
                log.accept("validating on " + valid);
            }
        }
        List<String[]> unlabelled = new ArrayList<>();
        if (options.corpus() != null) {
            unlabelled.addAll(UnlabelledText.read(options.corpus()));
        }
        return train(training, validation, options.mapping(), unlabelled,
                ClusterBuilder.standard().withSeed(options.seed()), options, log);
    }

    /**
     * Trains on sentences already mapped onto our kinds; word classes come from {@code unlabelled} (cased
     * text) and the training words.
     */
    static NameTagger train(List<LabeledSentence> training, List<List<LabeledSentence>> validation,
                            TagMapping mapping, List<String[]> unlabelled, ClusterBuilder classes, Options options,
                            Consumer<String> log) {
        log.accept("training sentences: " + training.size());
        WordClusters clusters = classes.build(unlabelled, UnlabelledText.of(training), log);
        FeatureExtractor extractor = new FeatureExtractor(clusters, new FeatureHasher(options.hashBits()),
                NameCues.indonesian(), KnownNames.indonesian());
        List<PerceptronTrainer.Example> examples = new ArrayList<>(training.size());
        for (LabeledSentence s : training) {
            int[] gold = s.labels().stream().mapToInt(EntityTags::index).toArray();
            examples.add(new PerceptronTrainer.Example(extractor.extract(s.words()), gold));
        }
        PerceptronTrainer.Averaged sum = null;
        for (int m = 0; m < options.members(); m++) {
            long seed = options.seed() + m * MEMBER_SEED_STEP;
            log.accept("training " + (m + 1) + " of " + options.members() + ", order seed " + seed);
            PerceptronTrainer.Averaged member = new PerceptronTrainer(options.hashBits(), clusters).train(examples,
                    options.epochs(), seed, options.dropout(),
                    model -> validate(new NameTagger(model), validation, mapping, log), log);
            sum = sum == null ? member : sum.plus(member);
        }
        NameTagger tagger = new NameTagger(sum.dividedBy(options.members()).model(options.hashBits(), clusters));
        if (options.members() > 1) {
            log.accept("the mean of " + options.members() + " trainings:");
            validate(tagger, validation, mapping, log);
        }
        return tagger;
    }

    private static double validate(NameTagger tagger, List<List<LabeledSentence>> sets, TagMapping mapping,
                                   Consumer<String> log) {
        if (sets.isEmpty()) {
            return 0;
        }
        double sum = 0;
        StringBuilder line = new StringBuilder("  validation macro-F1:");
        for (List<LabeledSentence> set : sets) {
            double f = EntityEvaluation.run(tagger, set, mapping).macroF1();
            line.append(String.format(Locale.ROOT, " %.4f", f));
            sum += f;
        }
        log.accept(line.toString());
        return sum / sets.size();
    }

    private static Path validationFile(Path train) {
        String name = train.getFileName().toString();
        if (!name.contains("train")) {
            return null;
        }
        Path valid = train.resolveSibling(name.replace("train", "valid"));
        return Files.exists(valid) ? valid : null;
    }
}

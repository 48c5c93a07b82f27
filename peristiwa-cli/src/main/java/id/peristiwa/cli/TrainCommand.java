package id.peristiwa.cli;

import id.peristiwa.ner.NameTagger;
import id.peristiwa.ner.NerTraining;
import id.peristiwa.ner.TagMapping;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code peristiwa train ...}: builds the statistical models the language pack ships. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the models Peristiwa ships.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand extends CommandGroup {

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"The name tagger (PERSON, ORGANIZATION, LOCATION) from CoNLL files.",
                "With no options it rebuilds the shipped model from ../shared/data (NERGrit and NERP)."})
    static final class Ner implements Callable<Integer> {
        static final String SHIPPED = "peristiwa-core/src/main/resources/id/peristiwa/lang/id/ner-model.bin.gz";

        @Option(names = "--data", split = ",", paramLabel = "FILE",
                description = "Training files (default: NERGrit and NERP train_preprocess.txt under ../shared/data/ner).")
        List<Path> data;

        @Option(names = "--map", paramLabel = "GOLD=OURS,...",
                description = "Entity types onto PERSON/ORGANIZATION/LOCATION (default: the NERGrit and NERP types).")
        String map;

        @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: the shipped model).")
        Path out;

        @Option(names = "--epochs", defaultValue = "" + NerTraining.DEFAULT_EPOCHS,
                description = "Most perceptron passes; the best on the validation files is kept (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--repeat", split = ",", paramLabel = "N",
                description = "Times each training file is used per pass, by file (default: the shipped model's).")
        List<Integer> repeat;

        @Option(names = "--seed", defaultValue = "" + NerTraining.DEFAULT_SEED,
                description = "Seed of the training order (default ${DEFAULT-VALUE}, the shipped model's).")
        long seed;

        @Option(names = "--members", defaultValue = "" + NerTraining.DEFAULT_MEMBERS,
                description = "Trainings, each in its own order, averaged into the model (default ${DEFAULT-VALUE}).")
        int members;

        @Option(names = "--dropout", defaultValue = "" + NerTraining.DEFAULT_DROPOUT, paramLabel = "SHARE",
                description = "Share of each word's features hidden at each visit to a training sentence, "
                        + "in [0, 1) (default ${DEFAULT-VALUE}).")
        double dropout;

        @Option(names = "--corpus", paramLabel = "DIR",
                description = "JSON Lines articles for word classes (default: ../shared/data/corpus).")
        Path corpus;

        @Override
        public Integer call() throws IOException {
            NerTraining.Options shipped = NerTraining.Options.shipped(Locations.shared().resolve("data"));
            List<Path> files = data != null ? data : shipped.data().stream().map(Locations::requireExisting).toList();
            TagMapping mapping = map != null ? TagMapping.parse(map) : shipped.mapping();
            Path words = corpus != null ? corpus : Locations.requireExisting(shipped.corpus());
            Path target = out != null ? out : Locations.home().resolve(SHIPPED);
            var err = System.err;
            List<Integer> repeats = repeat != null ? repeat : data != null ? List.of() : shipped.repeats();
            NameTagger tagger = NerTraining.train(new NerTraining.Options(files, mapping, words, epochs, seed,
                    shipped.hashBits(), repeats, members, dropout), err::println);
            try (OutputStream o = Files.newOutputStream(target)) {
                tagger.save(o);
            }
            var stdout = Console.out();
            stdout.println("wrote " + target + " (" + Files.size(target) + " bytes)");
            stdout.flush();
            return 0;
        }
    }
}

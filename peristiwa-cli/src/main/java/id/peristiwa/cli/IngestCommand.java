package id.peristiwa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peristiwa ingest}: analyzes pages and keeps everything analysis found in a data directory's store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages, analyzes them, and stores articles, sentences, mentions, quotes and events in "
                + "the store of a data directory (DuckDB and a Lucene index), replacing an article stored before "
                + "when its content changed.",
            "A run killed at any moment can be rerun: documents it committed are skipped. Inputs as for 'extract'."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The data directory; created when absent.")
    Path data;

    @Option(names = "--limit", paramLabel = "N", description = "Ingest at most N documents.")
    Integer limit;

    @Override
    public Integer call() {
        return StoreIngest.run(data, input.inputs, input.ingestOptions(), limit, Console.out(), Console.err());
    }
}

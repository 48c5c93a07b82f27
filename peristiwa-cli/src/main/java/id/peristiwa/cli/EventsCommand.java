package id.peristiwa.cli;

import id.peristiwa.store.EventExport;
import id.peristiwa.store.EventFilter;
import id.peristiwa.store.EventFormat;
import id.peristiwa.store.Store;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code peristiwa events}: stored events, newest first, filtered, in one of the event formats. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Prints the stored events the filters select, newest event date first.",
            "jsonl: PLOVER records with their cluster (id, mentions, sources, articles) and story; csv: a table "
                + "with a header; gdelt: GDELT 2.0 Event rows with counts from the clusters; plover: PLOVER records."})
final class EventsCommand extends StoreCommand {

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default), csv, gdelt or plover.")
    EventFormat format;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N events (default 100).")
    long limit;

    private EventFilter filter;

    @Override
    void check() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
        }
        filter = filters.events();
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        long written = EventExport.write(store, filter, limit, format, out, null);
        long total = store.countEvents(filter);
        err.println("peristiwa: events: " + written + " of " + total + " events");
        return 0;
    }
}

package id.peristiwa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.peristiwa.document.Span;
import id.peristiwa.store.SearchFilter;
import id.peristiwa.store.SearchHit;
import id.peristiwa.store.SearchResult;
import id.peristiwa.store.Store;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code peristiwa search}: full-text search of the stored articles, one JSON object per hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the stored articles' titles and texts; words match by their stems ('serang' finds "
                + "'diserang'), \"a b\" is a phrase, -a excludes, a | b is either.",
            "Prints one JSON object per hit, best first: articleId, title, outlet, published, score, snippet "
                + "{text, highlights [[start,end],...]}; the total goes to stderr."})
final class SearchCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for; \"\" lists the newest.")
    String query;

    @Mixin
    FilterOptions filters;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet, as stored (detik.com).")
    String outlet;

    @Option(names = "--section", paramLabel = "NAME", description = "Only this section, as stored.")
    String section;

    @Option(names = "--page", defaultValue = "0", paramLabel = "N", description = "The page, from 0.")
    int page;

    @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits per page, 1 to 100.")
    int size;

    private SearchFilter filter;

    @Override
    void check() {
        if (page < 0 || size < 1 || size > 100) {
            throw new ParameterException(spec.commandLine(), "--page must be 0 or more and --size 1 to 100");
        }
        filter = filters.search(outlet, section);
    }

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        SearchResult result = store.search(query, filter, page, size);
        ObjectMapper json = new ObjectMapper();
        for (SearchHit hit : result.hits()) {
            ObjectNode line = json.createObjectNode().put("articleId", hit.articleId()).put("title", hit.title())
                    .put("outlet", hit.outlet()).put("published", hit.published()).put("score", hit.score());
            ObjectNode snippet = line.putObject("snippet").put("text", hit.snippet().text());
            ArrayNode highlights = snippet.putArray("highlights");
            for (Span span : hit.snippet().highlights()) {
                highlights.addArray().add(span.start()).add(span.end());
            }
            out.println(line);
        }
        err.println("peristiwa: search: " + result.hits().size() + " of " + result.total() + " articles (page "
                + page + ")");
        return 0;
    }
}

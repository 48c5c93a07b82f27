package id.peristiwa.cli;

import id.peristiwa.store.QueryResult;
import id.peristiwa.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code peristiwa sql}: one read-only SQL statement against the store, printed as tab-separated values. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one SELECT, WITH, DESCRIBE or SHOW statement against the store (read-only; anything "
                + "else is refused) and prints the rows as tab-separated values after a header line.",
            "Empty fields are NULL; a backslash, tab, line feed and carriage return inside a value are written "
                + "\\\\, \\t, \\n and \\r. Tables: docs/store-schema.md."})
final class SqlCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "SQL", description = "The statement.")
    String sql;

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        QueryResult result = store.query(sql);
        out.println(line(result.columns()));
        for (List<Object> row : result.rows()) {
            out.println(line(row));
        }
        if (result.truncated()) {
            err.println("peristiwa: sql: only the first " + QueryResult.MAX_ROWS + " rows are shown");
        }
        return 0;
    }

    private static String line(List<?> values) {
        return values.stream().map(SqlCommand::field).collect(Collectors.joining("\t"));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}

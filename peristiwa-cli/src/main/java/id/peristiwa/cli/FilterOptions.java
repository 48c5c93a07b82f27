package id.peristiwa.cli;

import id.peristiwa.event.PloverType;
import id.peristiwa.store.EventFilter;
import id.peristiwa.store.SearchFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The filters of every command that reads stored events or articles ({@code events}, {@code export},
 * {@code search}), checked here so that a bad date or code is a usage error (exit status 2) naming the option.
 */
final class FilterOptions {

    /** A CAMEO-style code: three-letter parts ({@code USA}, {@code USAGOV}, {@code IGOUNOHLH}). */
    private static final Pattern CODE = Pattern.compile("(?:[A-Z0-9]{3})+");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE",
            description = "An actor among the sources or targets; USA also matches USAGOV and USAMIL.")
    String actor;

    @Option(names = "--dyad", paramLabel = "A:B", description = "A among the sources and B among the targets.")
    String dyad;

    @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER event type (ASSAULT, CONSULT, ...).")
    String type;

    @Option(names = "--quad", paramLabel = "N", description = "Quad class: 1 verbal and 2 material cooperation, "
            + "3 verbal and 4 material conflict.")
    Integer quad;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, inclusive (yyyy-MM-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, inclusive (yyyy-MM-dd).")
    String to;

    /** The event filter these options ask for, first page of the given size. */
    EventFilter events() {
        try {
            EventFilter filter = EventFilter.all().withDates(date("--from", from), date("--to", to))
                    .withQuadClass(quad);
            if (actor != null) {
                filter = filter.withActor(code("--actor", actor));
            }
            if (dyad != null) {
                filter = filter.withDyad(dyad.toUpperCase(Locale.ROOT));
                code("--dyad", filter.dyadSource());
                code("--dyad", filter.dyadTarget());
            }
            return type == null ? filter : filter.withType(plover());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The search filter these options and the outlet and section ask for; a dyad or quad class is refused. */
    SearchFilter search(String outlet, String section) {
        if (dyad != null || quad != null) {
            throw usage("search filters articles, not events: --dyad and --quad do not apply (use 'events')");
        }
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw usage("--from " + first + " is after --to " + last);
        }
        return new SearchFilter(outlet, section, first, last, actor == null ? null : code("--actor", actor),
                type == null ? null : plover().name());
    }

    private PloverType plover() {
        try {
            return PloverType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--type: no PLOVER type '" + type + "'; one of " + Arrays.toString(PloverType.values()));
        }
    }

    private String code(String option, String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw usage(option + ": '" + value + "' is not an actor code (three-letter parts, e.g. USA, USAGOV, "
                    + "IGOUNO)");
        }
        return upper;
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw usage(option + ": '" + value + "' is not a date written yyyy-MM-dd");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package id.peristiwa.web;

import id.peristiwa.event.PloverType;
import id.peristiwa.store.EventFilter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks the query and path parameters of one request. Every reader either returns a valid value (or
 * null for an absent optional one) or throws {@link BadRequest} naming the parameter and what it accepts.
 */
final class Params {

    /** An actor code: CAMEO-style letters and digits ("USA", "USAGOV", "IGOUNO"). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,40}");
    private static final int MAX_TEXT = 500;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** A free-text parameter, stripped; null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw new BadRequest(name + " must be at most " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    /** An actor code from the query, or null. */
    String code(String name) {
        return checkedCode(name, ctx.queryParam(name));
    }

    /** An actor code from the path. */
    String pathCode(String name) {
        return checkedCode(name, ctx.pathParam(name));
    }

    private static String checkedCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BadRequest(name + " must be an actor code of letters and digits (e.g. USA, USAGOV), not '"
                    + abbreviated(value) + "'");
        }
        return code;
    }

    /** A day, ISO-8601 ({@code 2024-03-12}), or null. */
    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date written YYYY-MM-DD, not '" + abbreviated(v) + "'");
        }
    }

    /** An integer from {@code min} to {@code max}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ", not '"
                + abbreviated(v) + "'");
    }

    /** A PLOVER event type, case-insensitive, or null. */
    PloverType type(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return PloverType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name + " must be a PLOVER type, one of " + Arrays.toString(PloverType.values())
                    + ", not '" + abbreviated(v) + "'");
        }
    }

    /** A value of {@code type}'s constants, case-insensitive, or {@code fallback}. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        throw new BadRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(
                Locale.ROOT) + ", not '" + abbreviated(v) + "'");
    }

    /**
     * The event filter the common parameters describe: {@code actor}, {@code dyad} (A:B), {@code type},
     * {@code quad}, {@code from}, {@code to}, with the given page.
     */
    EventFilter events(int page, int size) {
        EventFilter filter = EventFilter.all().withPage(page, size)
                .withActor(code("actor"))
                .withType(type("type"))
                .withQuadClass(text("quad") == null ? null : integer("quad", 0, 1, 4))
                .withDates(date("from"), date("to"));
        String dyad = text("dyad");
        if (dyad != null) {
            String[] sides = dyad.split(":", -1);
            if (sides.length != 2) {
                throw new BadRequest("dyad must be two actor codes around a colon, e.g. USA:PRK, not '"
                        + abbreviated(dyad) + "'");
            }
            filter = filter.withDyad(checkedCode("dyad", sides[0]), checkedCode("dyad", sides[1]));
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadRequest("from " + filter.from() + " is after to " + filter.to());
        }
        return filter;
    }

    /** A value as it may be quoted back in a message: short, and only what was sent. */
    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

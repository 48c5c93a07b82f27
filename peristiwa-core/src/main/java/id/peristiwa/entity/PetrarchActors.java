package id.peristiwa.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor dictionaries in the PETRARCH/TABARI format (the Phoenix files): a line {@code NAME_ [CODE]}
 * opens an actor, {@code +ALIAS_} lines add names to it, and {@code [CODE yymmdd-yymmdd]} groups, on the name
 * line or on indented lines after it, give its codes ({@code >yymmdd} from a date on, {@code <yymmdd} until
 * it, no range: the fallback). Underscores stand for spaces; {@code #} starts a comment. Names match in any
 * case. Two-digit years up to 30 are read as 20xx, later ones as 19xx; eight-digit dates are taken as written.
 * A range that cannot be read is skipped, as is a name with no code.
 */
final class PetrarchActors {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Za-z0-9]+)\\s*([^\\]]*)]");

    private PetrarchActors() {
    }

    /**
     * Reads {@code file} and hands each actor to {@code sink} as its names (canonical first) and entry.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    static void read(Path file, BiConsumer<List<String>, GazetteerEntry> sink) {
        String source = file.getFileName().toString();
        List<String> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                int hash = raw.indexOf('#');
                String line = hash >= 0 ? raw.substring(0, hash) : raw;
                if (line.isBlank()) {
                    continue;
                }
                char first = line.charAt(0);
                if (first == '+') {
                    addName(names, line.substring(1));
                } else if (Character.isWhitespace(first) || first == '[') {
                    codes(line, codes);
                } else {
                    emit(names, codes, source, sink);
                    int bracket = line.indexOf('[');
                    addName(names, bracket >= 0 ? line.substring(0, bracket) : line);
                    if (bracket >= 0) {
                        codes(line.substring(bracket), codes);
                    }
                }
            }
            emit(names, codes, source, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + file, e);
        }
    }

    private static void addName(List<String> names, String raw) {
        String name = raw.replace('_', ' ').replace('\t', ' ').strip().replaceAll("\\s+", " ");
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    private static void codes(String line, List<DatedCode> codes) {
        Matcher m = CODE.matcher(line);
        while (m.find()) {
            DatedCode code = dated(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2).strip());
            if (code != null) {
                codes.add(code);
            }
        }
    }

    private static DatedCode dated(String code, String range) {
        try {
            if (range.isEmpty()) {
                return DatedCode.always(code);
            }
            if (range.startsWith(">")) {
                return new DatedCode(code, date(range.substring(1)), null);
            }
            if (range.startsWith("<")) {
                return new DatedCode(code, null, date(range.substring(1)));
            }
            int dash = range.indexOf('-');
            if (dash < 0) {
                return null;
            }
            // PETRARCH ranges include their last day; ours exclude it.
            return new DatedCode(code, date(range.substring(0, dash)), date(range.substring(dash + 1)).plusDays(1));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String digits) {
        String d = digits.strip();
        if (d.length() == 8) {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6)));
        }
        if (d.length() != 6 || !d.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad PETRARCH date " + digits);
        }
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                Integer.parseInt(d.substring(4)));
    }

    private static void emit(List<String> names, List<DatedCode> codes, String source,
                             BiConsumer<List<String>, GazetteerEntry> sink) {
        if (!names.isEmpty() && !codes.isEmpty()) {
            sink.accept(List.copyOf(names), new GazetteerEntry(kind(codes), names.getFirst(), codes, null, null,
                    null, false, source));
        }
        names.clear();
        codes.clear();
    }

    /**
     * A bare three-letter code is a country; international, non-governmental and business codes are
     * organizations; a dated code marks an office holder; anything else is taken as an organization.
     */
    private static EntryKind kind(List<DatedCode> codes) {
        String code = codes.getFirst().code();
        if (code.length() == 3) {
            return EntryKind.COUNTRY;
        }
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
            return EntryKind.ORGANIZATION;
        }
        return codes.stream().anyMatch(c -> !c.undated()) ? EntryKind.PERSON : EntryKind.ORGANIZATION;
    }
}

package id.peristiwa.entity;

import id.peristiwa.lang.FormLine;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a gazetteer file: {@code FORM [| FORM ...] [=> VALUE ...]}. The first form is the canonical
 * name; a leading {@code =} on a form asks for exact case.
 *
 * @param forms  the forms, as written (a leading "=" kept)
 * @param values the whitespace-separated values after "=>", possibly none
 */
record GazetteerLine(List<String> forms, List<String> values) {
    private static final Pattern DATED = Pattern.compile("([A-Z]{3,})@(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    /**
     * Parses a comment-free, trimmed line.
     *
     * @throws IllegalArgumentException when the line lists no form
     */
    static GazetteerLine parse(String line) {
        FormLine parsed = FormLine.parse(line);
        return new GazetteerLine(parsed.forms(), parsed.values());
    }

    /** The canonical name: the first form without its exact-case mark. */
    String name() {
        return FormLine.unmarked(forms.getFirst());
    }

    /** The value {@code key=...}, or null when the line has none. */
    String option(String key) {
        for (String value : values) {
            if (value.startsWith(key + "=")) {
                return value.substring(key.length() + 1);
            }
        }
        return null;
    }

    /**
     * A value read as a code with an optional range ({@code USAGOV}, {@code USAGOV@2021-01-20..2025-01-20}).
     *
     * @throws IllegalArgumentException when the value is neither
     */
    static DatedCode datedCode(String value) {
        if (value.indexOf('@') < 0) {
            return DatedCode.always(value);
        }
        var m = DATED.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad dated code: " + value);
        }
        return new DatedCode(m.group(1), m.group(2) == null ? null : LocalDate.parse(m.group(2)),
                m.group(3) == null ? null : LocalDate.parse(m.group(3)));
    }
}

package id.peristiwa.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the pack's form files: {@code FORM [| FORM ...] [=> VALUE ...]}, the format the gazetteer, the
 * outlet list and the time words share. Forms keep their marks (an exact-case {@code =AS}); values are split at
 * white space.
 *
 * @param forms  the forms in file order, trimmed, never empty
 * @param values the values after {@code =>}, empty when the line has none
 */
public record FormLine(List<String> forms, List<String> values) {
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    public FormLine {
        forms = List.copyOf(forms);
        values = List.copyOf(values);
    }

    /**
     * Parses a comment-free, trimmed line.
     *
     * @throws IllegalArgumentException when the line lists no form
     */
    public static FormLine parse(String line) {
        int arrow = line.indexOf("=>");
        String names = arrow >= 0 ? line.substring(0, arrow) : line;
        String rest = arrow >= 0 ? line.substring(arrow + 2).strip() : "";
        List<String> forms = new ArrayList<>();
        for (String form : BAR.split(names.strip())) {
            if (!form.isBlank() && !form.equals("=")) {
                forms.add(form.strip());
            }
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("line lists no form: " + line);
        }
        return new FormLine(forms, rest.isEmpty() ? List.of() : List.of(SPACE.split(rest)));
    }

    /** {@code form} without its exact-case mark ("=AS" is "AS"). */
    public static String unmarked(String form) {
        return form.startsWith("=") ? form.substring(1) : form;
    }

    /** The values joined by single spaces, or "" when there are none. */
    public String value() {
        return String.join(" ", values);
    }
}

package id.peristiwa.lang.id;

import java.util.Objects;

/**
 * The language of a text as identified by {@link LanguageIdentifier}.
 *
 * @param code       ISO 639-1 code ({@code "id"}, {@code "ms"}, {@code "en"}, another code for other languages),
 *                   or {@code "und"} when the text is too short or too ambiguous to say
 * @param confidence 0..1, how sure the identifier is of {@code code}; 0 for {@code "und"}
 */
public record LanguageGuess(String code, double confidence) {
    /** The code for "undetermined". */
    public static final String UNDETERMINED = "und";

    public LanguageGuess {
        Objects.requireNonNull(code, "code");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }
}

package id.peristiwa.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded text, without a byte order mark; undecodable bytes become U+FFFD
 * @param charset the charset the bytes were decoded with
 * @param source  where that charset came from
 */
public record Decoded(String text, Charset charset, CharsetSource source) {

    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}

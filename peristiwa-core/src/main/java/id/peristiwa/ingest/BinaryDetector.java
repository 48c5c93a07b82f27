package id.peristiwa.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Recognises bytes that are not text: well-known file signatures, NUL bytes, or a high share of control
 * characters among the first {@link Source#HEAD_BYTES} bytes. Text with a UTF-16 byte order mark is exempt from
 * the byte-level tests, since half of its bytes are legitimately NUL.
 */
final class BinaryDetector {

    /** Above this share of control characters the bytes are not text in any charset we read. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private record Signature(byte[] magic, String name) {
        Signature(String ascii, String name) {
            this(ascii.getBytes(StandardCharsets.ISO_8859_1), name);
        }
    }

    private static final Signature[] SIGNATURES = {
        new Signature("%PDF", "a PDF document"),
        new Signature("\u0089PNG", "a PNG image"),
        new Signature("\u00FF\u00D8\u00FF", "a JPEG image"),
        new Signature("GIF8", "a GIF image"),
        new Signature("PK\u0003\u0004", "a ZIP archive"),
        new Signature("\u007FELF", "an ELF executable"),
        new Signature("\u001F\u008B", "gzip-compressed data"),
    };

    private BinaryDetector() {
    }

    /** Why the bytes are binary, for a Skipped detail, or null when they look like text. */
    static String whyBinary(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) {
                return "looks like " + s.name();
            }
        }
        if (hasUtf16Bom(bytes)) {
            return null;
        }
        int n = Math.min(bytes.length, Source.HEAD_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes";
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
            return controls + " control characters in the first " + n + " bytes";
        }
        return null;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package id.peristiwa.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page or text file, choosing the charset the way browsers do: a byte order mark
 * first, then the HTTP {@code Content-Type} charset, then (for HTML) a {@code <meta>} declaration in the first
 * 4 KB, then a guess from the bytes. A declared name that Java does not know is logged and ignored, never thrown.
 */
public final class CharsetDetector {

    private static final System.Logger LOG = System.getLogger(CharsetDetector.class.getName());

    /** The HTML standard only looks this far into a page for a meta charset. */
    private static final int META_SCAN_BYTES = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern CHARSET_PARAMETER =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /**
     * Decodes {@code bytes} into text.
     *
     * @param bytes             the raw bytes; not null
     * @param contentTypeHeader an HTTP {@code Content-Type} value such as {@code text/html; charset=utf-8}, or null
     * @param html              whether the bytes are HTML, so that a {@code <meta>} charset may be honoured
     * @return the text, the charset used and where it came from; never null, never throws for any byte array
     */
    public static Decoded decode(byte[] bytes, String contentTypeHeader, boolean html) {
        if (bytes == null) {
            throw new NullPointerException("bytes");
        }
        Optional<Decoded> fromBom = decodeByBom(bytes);
        if (fromBom.isPresent()) {
            return fromBom.get();
        }
        Charset declared = contentTypeHeader == null ? null : declaredIn(contentTypeHeader, CHARSET_PARAMETER, false);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared, CharsetSource.HTTP_HEADER);
        }
        if (html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            Charset meta = declaredIn(head, META_CHARSET, true);
            if (meta != null) {
                return new Decoded(new String(bytes, meta), meta, CharsetSource.META);
            }
        }
        return guess(bytes);
    }

    private static Optional<Decoded> decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(bomDecoded(b, 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(bomDecoded(b, 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(bomDecoded(b, 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static Decoded bomDecoded(byte[] b, int bomLength, Charset charset) {
        return new Decoded(new String(b, bomLength, b.length - bomLength, charset), charset, CharsetSource.BOM);
    }

    private static Charset declaredIn(String text, Pattern pattern, boolean inMeta) {
        Matcher m = pattern.matcher(text);
        return m.find() ? resolve(m.group(1), inMeta) : null;
    }

    /**
     * Maps a charset label to the charset a browser would use. Labels for Latin-1 and ASCII mean windows-1252
     * (pages that say ISO-8859-1 routinely contain its smart quotes in 0x80-0x9F); a meta tag claiming UTF-16 is
     * necessarily wrong, since the tag itself was readable as ASCII, so it means UTF-8.
     */
    static Charset resolve(String label, boolean inMeta) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                 "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "windows-1252", "x-cp1252" -> {
                return WINDOWS_1252;
            }
            default -> {
                // fall through to the JDK's registry below
            }
        }
        if (inMeta && name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            LOG.log(System.Logger.Level.WARNING, "unknown charset \"{0}\"; guessing from the bytes instead", label);
            return null;
        }
    }

    private static Decoded guess(byte[] bytes) {
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), StandardCharsets.UTF_8,
                    CharsetSource.DEFAULT);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8, CharsetSource.HEURISTIC);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, CharsetSource.HEURISTIC);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}

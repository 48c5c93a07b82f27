package id.peristiwa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The per-document size limit, and reading that never holds more than the limit in memory.
 *
 * @param maxBytes the largest accepted size in bytes
 */
record SizeLimit(long maxBytes) {

    /** Whether a document of {@code size} bytes is over the limit. */
    boolean exceededBy(long size) {
        return size > maxBytes;
    }

    /** Why a document of known {@code size} was refused, for a Skipped detail. */
    String describeExcess(long size) {
        return humanSize(size) + " exceeds the limit of " + humanSize(maxBytes);
    }

    /** Why a document of unknown size was refused after reading past the limit. */
    String describeUnknownExcess() {
        return "more than the limit of " + humanSize(maxBytes);
    }

    /**
     * Reads {@code in} to its end, or returns null as soon as it turns out longer than the limit, having read at
     * most one buffer past it. The stream is not closed.
     */
    byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

package id.peristiwa.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into {@code \n}-terminated lines (a trailing {@code \r} is dropped) without ever holding
 * more than {@code maxLineBytes} of one line: a longer line is read through to its end and reported by its
 * length only. Memory stays bounded by the limit plus one buffer, however long the lines.
 */
final class BoundedLineReader implements Closeable {

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param bytes  the line without its terminator, or null when it was longer than the limit
     * @param length the line's length in bytes, counted even when it was not kept
     */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private long lineNumber;
    private boolean eof;

    BoundedLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        // A Java array cannot exceed Integer.MAX_VALUE; such a limit is unbounded in practice.
        this.maxLineBytes = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 16);
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] kept = new byte[256];
        int keptLength = 0;
        long length = 0;
        boolean overflow = false;
        boolean sawAny = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int newline = indexOfNewline();
            int stop = newline >= 0 ? newline : end;
            int chunk = stop - pos;
            length += chunk;
            if (!overflow) {
                if (length > maxLineBytes) {
                    overflow = true;
                    kept = null;
                } else {
                    if (keptLength + chunk > kept.length) {
                        kept = Arrays.copyOf(kept, Math.max(keptLength + chunk, Math.min(maxLineBytes, kept.length * 2)));
                    }
                    System.arraycopy(buffer, pos, kept, keptLength, chunk);
                    keptLength += chunk;
                }
            }
            pos = stop;
            if (newline >= 0) {
                pos++;
                break;
            }
        }
        lineNumber++;
        if (overflow) {
            return new Line(lineNumber, null, length);
        }
        if (keptLength > 0 && kept[keptLength - 1] == '\r') {
            keptLength--;
            length--;
        }
        return new Line(lineNumber, Arrays.copyOf(kept, keptLength), length);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package id.peristiwa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 writers over the current {@code System.out} and {@code System.err}, whatever the platform's default
 * encoding. A command takes each writer once and flushes it when done.
 */
final class Console {

    static PrintWriter out() {
        return writer(System.out);
    }

    static PrintWriter err() {
        return writer(System.err);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    private Console() {
    }
}

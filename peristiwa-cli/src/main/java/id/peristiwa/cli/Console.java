package id.peristiwa.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 writers on stdout and stderr whatever the platform's default encoding. */
final class Console {

    private static final PrintWriter OUT = writer(FileDescriptor.out);
    private static final PrintWriter ERR = writer(FileDescriptor.err);

    static PrintWriter out() {
        return OUT;
    }

    static PrintWriter err() {
        return ERR;
    }

    private static PrintWriter writer(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
    }

    private Console() {
    }
}

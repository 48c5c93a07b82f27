package id.peristiwa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a file the server ships on its class path (the OpenAPI document, the page shell, a WebJar's file). */
final class ClassPathFile {

    private ClassPathFile() {
    }

    /**
     * The bytes of the resource at the absolute class-path {@code path}.
     *
     * @throws IllegalStateException when it is missing, which means a broken build
     */
    static byte[] read(String path) {
        try (InputStream in = ClassPathFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the class path", e);
        }
    }
}

package id.peristiwa.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a child JVM with a small heap, for tests that prove bounded
 * memory: an input held whole would kill the child with OutOfMemoryError.
 */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    /**
     * Runs {@code main} with {@code -Xmx<heap>}, its standard output to {@code output}, standard input from
     * {@code input} (or none), and waits for it; a child still running after ten minutes is killed (a guard
     * against a hang, not a performance assertion).
     *
     * @return the child's exit status, or -1 when it had to be killed
     */
    public static int run(Class<?> main, String heap, File input, Path output, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (input != null) {
            builder.redirectInput(input);
        }
        Process child = builder.start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            return -1;
        }
        return child.exitValue();
    }
}

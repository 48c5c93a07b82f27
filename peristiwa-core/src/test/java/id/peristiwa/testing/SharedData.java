package id.peristiwa.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evaluation data beside the repository ({@code ../shared}, passed by surefire as {@code peristiwa.shared}).
 * Tests that need it call {@link #require} and are skipped, not failed, on a clone without it.
 */
public final class SharedData {

    public static Path root() {
        String configured = System.getProperty("peristiwa.shared");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured);
        }
        return Path.of("..", "..", "shared");
    }

    /** {@code data/relative} under the shared root; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve("data").resolve(relative);
        assumeTrue(Files.exists(p), "evaluation data not present: " + p);
        return p;
    }

    private SharedData() {
    }
}

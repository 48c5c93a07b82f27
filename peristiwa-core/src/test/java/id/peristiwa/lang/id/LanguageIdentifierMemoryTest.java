package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard identifier must fit a small heap: a forked JVM with -Xmx100m builds and warms it and reports the
 * heap it retains ({@link RetainedHeap}).
 */
class LanguageIdentifierMemoryTest {
    @Test
    void standardIdentifierWorksInAHundredMegabyteHeapAndRetainsLessThanThat() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("surefire.test.class.path", "");
        Process process = new ProcessBuilder(List.of(java, "-Xmx100m", "-cp", classPath, RetainedHeap.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        System.out.println(output.strip());
        String line = output.lines().filter(l -> l.startsWith("retained-bytes=")).findFirst().orElseThrow();
        long retained = Long.parseLong(line.substring("retained-bytes=".length()));
        assertThat(retained).isPositive().isLessThan(100L * 1024 * 1024);
    }
}

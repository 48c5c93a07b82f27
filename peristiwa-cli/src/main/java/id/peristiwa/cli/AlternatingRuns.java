package id.peristiwa.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Two builds' analysis of the same texts alternated on this thread in short slices of its CPU time, first one
 * build and then the other, then the other way round. Both meet the machine as it is at that moment, so what
 * other work does to the processor caches and clocks falls on both alike: on a shared machine, where runs taken
 * minutes apart differ by a fifth with nothing changed, the ratio of the two builds stays within about 1%.
 */
final class AlternatingRuns {
    /** A text to analyse: its name for messages and the captured text. */
    record Text(String origin, String text, long bytes) {
        Text(String origin, String text) {
            this(origin, text, text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** What one build did in the measured slices. */
    record Side(String build, long articles, double megabytes, double cpuSeconds) {
        double megabytesPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : megabytes / cpuSeconds;
        }
    }

    /** Both builds' figures; {@code ratio} is the first's rate over the second's. */
    record Result(Side first, Side second) {
        double ratio() {
            return first.megabytesPerCpuSecond() / second.megabytesPerCpuSecond();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Text> texts;
    private final long sliceNanos;

    /** @param sliceNanos CPU time of one build's slice */
    AlternatingRuns(List<Text> texts, long sliceNanos) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to analyse");
        }
        this.texts = List.copyOf(texts);
        this.sliceNanos = sliceNanos;
    }

    /** Warms both builds up for {@code warmupSlices} slices each, then measures {@code slices} slices each. */
    Result measure(LoadedBuild first, LoadedBuild second, int warmupSlices, int slices) {
        Cursor a = new Cursor(first);
        Cursor b = new Cursor(second);
        for (int i = 0; i < warmupSlices; i++) {
            round(a, b, i);
        }
        a.reset();
        b.reset();
        for (int i = 0; i < slices; i++) {
            round(a, b, i);
        }
        return new Result(a.side(), b.side());
    }

    private void round(Cursor a, Cursor b, int round) {
        if (round % 2 == 0) {
            a.slice();
            b.slice();
        } else {
            b.slice();
            a.slice();
        }
    }

    /** One build's place in the texts and its counts. */
    private final class Cursor {
        private final LoadedBuild build;
        private int next;
        private long articles;
        private long bytes;
        private long cpuNanos;

        Cursor(LoadedBuild build) {
            this.build = build;
        }

        void slice() {
            long start = THREADS.getCurrentThreadCpuTime();
            long end = start;
            while (end - start < sliceNanos) {
                Text t = texts.get(next);
                next = (next + 1) % texts.size();
                build.analyse(t.origin(), t.text());
                articles++;
                bytes += t.bytes();
                end = THREADS.getCurrentThreadCpuTime();
            }
            cpuNanos += end - start;
        }

        void reset() {
            articles = 0;
            bytes = 0;
            cpuNanos = 0;
        }

        Side side() {
            return new Side(build.name(), articles, bytes / 1e6, cpuNanos / 1e9);
        }
    }
}

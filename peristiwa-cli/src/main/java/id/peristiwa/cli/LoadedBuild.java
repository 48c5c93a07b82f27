package id.peristiwa.cli;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build of Peristiwa loaded in a class loader of its own, so that two builds (this one and another checkout's)
 * run side by side in one JVM. It is driven through the core's public pipeline alone (read by reflection, as the
 * other build's classes are not ours): {@code Pipeline.indonesian()}, {@code RawDocument.text},
 * {@code process}, {@code analyzeNames} and {@code analyze}, which every build since the first has.
 */
final class LoadedBuild {
    private final String name;
    private final Object pipeline;
    private final Method text;
    private final Method process;
    private final Method analyzeNames;
    private final Method analyze;
    private final boolean untilNames;

    private LoadedBuild(String name, ClassLoader loader, boolean untilNames) throws ReflectiveOperationException {
        this.name = name;
        this.untilNames = untilNames;
        Class<?> pipelineClass = loader.loadClass("id.peristiwa.pipeline.Pipeline");
        Class<?> raw = loader.loadClass("id.peristiwa.document.RawDocument");
        Class<?> article = loader.loadClass("id.peristiwa.document.Article");
        this.pipeline = pipelineClass.getMethod("indonesian").invoke(null);
        this.text = raw.getMethod("text", String.class, String.class);
        this.process = pipelineClass.getMethod("process", raw);
        this.analyzeNames = pipelineClass.getMethod("analyzeNames", article);
        this.analyze = pipelineClass.getMethod("analyze", raw);
    }

    /**
     * Loads the build whose classes are on {@code classPath} (searched in order, so that the first entry's
     * classes win) beside the JDK's alone.
     *
     * @param untilNames run the analysis up to names and references only, as {@code bench analysis --until names}
     * @throws IllegalArgumentException when the class path holds no Peristiwa pipeline this command can drive
     */
    static LoadedBuild load(String name, List<Path> classPath, boolean untilNames) {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + classPath.get(i), e);
            }
        }
        ClassLoader loader = new URLClassLoader(name, urls, ClassLoader.getPlatformClassLoader());
        try {
            return new LoadedBuild(name, loader, untilNames);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed to start its pipeline: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name + " holds no Peristiwa pipeline to compare (" + e + ")", e);
        }
    }

    /** This JVM's class path, entry by entry: the build that runs. */
    static List<Path> thisClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty()).map(Path::of).toList();
    }

    String name() {
        return name;
    }

    /** Analyses one captured text, as {@code bench analysis} does. */
    void analyse(String origin, String capturedText) {
        try {
            Object document = text.invoke(null, origin, capturedText);
            if (untilNames) {
                analyzeNames.invoke(pipeline, process.invoke(pipeline, document));
            } else {
                analyze.invoke(pipeline, document);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed on " + origin + ": " + e.getCause(), e.getCause());
        }
    }
}

package id.peristiwa.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under a directory, recursively and in sorted path order, leaving out hidden files and hidden
 * directories (names starting with a dot, such as {@code .git}). Symbolic links are followed; a loop or an
 * unreadable subdirectory is reported as an entry of its own rather than ending the walk.
 */
final class DirectoryWalker {

    /**
     * A file to read, or a place the walk could not enter.
     *
     * @param path    the file or directory
     * @param failure why it could not be visited, or null for a readable file
     */
    record Entry(Path path, IOException failure) {
    }

    private DirectoryWalker() {
    }

    /** The entries under {@code root}, sorted by path. */
    static List<Entry> walk(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !isHidden(file)) {
                            entries.add(new Entry(file, null));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (!isHidden(file)) {
                            entries.add(new Entry(file, e));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            entries.add(new Entry(dir, e));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

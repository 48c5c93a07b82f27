package id.peristiwa.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer rule of a data directory: an OS lock on {@code writer.lock}, held while a store is open for
 * writing and released by the OS when the process dies, so a killed writer never leaves a stale lock. The file
 * names the holder's process id for the message the next writer gets.
 */
final class WriterLock implements AutoCloseable {

    static final String FILE = "writer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}.
     *
     * @throws StoreException when another writer holds it
     */
    static WriterLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            throw new StoreException("the data directory " + dir + " is open for writing by another "
                    + (holder.isEmpty() ? "process" : "process (" + holder + ")")
                    + "; wait for it to finish: a store has one writer at a time");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        return new WriterLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

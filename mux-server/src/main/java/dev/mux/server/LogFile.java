package dev.mux.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The server's log file: only ever appended to, so that a second server that starts, finds the
 * socket taken and exits, or a server started after a crash, adds its lines after the ones already
 * there (a crash's stack trace among them) instead of truncating them. It is private (0600, in a
 * 0700 directory): stop reports name the command lines of the processes that held a stop up, and
 * command lines carry secrets. Once it passes {@link #MAX_BYTES} it is renamed to {@code NAME.1}
 * (replacing the previous one) and a new file is begun, so the log takes at most twice that.
 */
final class LogFile extends OutputStream {
    /** Months of an ordinary server's lines; a runaway loop fills it in minutes, not the disk. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path path;
    private final long maxBytes;
    private FileChannel channel;

    private LogFile(Path path, long maxBytes) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        this.channel = open(path);
    }

    /** Opens (creating it and its directory if need be) the log at {@code path}, bounded to {@code maxBytes}. */
    static LogFile open(Path path, long maxBytes) throws IOException {
        Path directory = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(directory.getParent());
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
        }
        Files.setPosixFilePermissions(directory, PRIVATE_DIRECTORY);
        return new LogFile(path, maxBytes);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (channel.size() + length > maxBytes && channel.size() > 0) rotate();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private void rotate() throws IOException {
        channel.close();
        Files.move(path, path.resolveSibling(path.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        channel = open(path);
    }

    private static FileChannel open(Path path) throws IOException {
        FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(PRIVATE_FILE);
        FileChannel opened = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), mode);
        // A file made by an older server, with the umask's mode.
        Files.setPosixFilePermissions(path, PRIVATE_FILE);
        return opened;
    }
}

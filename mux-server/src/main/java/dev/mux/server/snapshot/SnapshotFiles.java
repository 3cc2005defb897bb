package dev.mux.server.snapshot;

import dev.mux.protocol.SnapshotPaths;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a server's snapshot lives ({@link SnapshotPaths}: one file per server socket, in a
 * directory of mode 0700) and how it is written. A write goes to a temporary file that is fsynced and renamed over the old one, so a
 * crash at any moment leaves either the old snapshot or the new one, whole. A starting server takes
 * the file it finds (its socket had no live server, so the one that wrote it is gone) as the
 * {@code .previous} one, which resurrection reads.
 */
public final class SnapshotFiles {
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final String baseName;

    SnapshotFiles(Path directory, String baseName) {
        this.directory = directory;
        this.baseName = baseName;
    }

    /** The files of the server on {@code socket}; {@code defaultSocketDirectory} is where -L sockets go. */
    public static SnapshotFiles forSocket(Map<String, String> env, Path socket, Path defaultSocketDirectory) {
        return new SnapshotFiles(SnapshotPaths.directory(env), SnapshotPaths.baseName(socket, defaultSocketDirectory));
    }

    /** The snapshot this server keeps. */
    public Path current() {
        return directory.resolve(baseName + SnapshotPaths.SUFFIX);
    }

    /** The snapshot of the server that had this socket before and is gone, until it is restored. */
    public Path previous() {
        return directory.resolve(baseName + SnapshotPaths.SUFFIX + ".previous");
    }

    /** At start-up: a snapshot left by a server that is gone becomes the previous one. True if there was one. */
    public boolean takeOverLeftover() throws IOException {
        if (!Files.isRegularFile(current())) return false;
        move(current(), previous());
        return true;
    }

    public Optional<ServerImage> readPrevious() throws SnapshotException {
        Path file = previous();
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(SnapshotCodec.read(in));
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Keeps a snapshot that was refused out of the way, under a name that says so; returns where it went. */
    public Path moveAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".refused-" + stamp);
        move(file, aside);
        return aside;
    }

    public void deletePrevious() throws IOException {
        Files.deleteIfExists(previous());
    }

    void deleteCurrent() throws IOException {
        Files.deleteIfExists(current());
    }

    /** Writes {@code image} whole or not at all: temporary file, fsync, rename, fsync of the directory. Returns its size. */
    long write(ServerImage image) throws IOException {
        ensureDirectory();
        Path temporary = directory.resolve(baseName + ".snapshot.tmp");
        Files.deleteIfExists(temporary);
        long size;
        try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(FILE_MODE))) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            SnapshotCodec.write(image, out);
            out.flush();
            channel.force(true);
            size = channel.size();
        }
        move(temporary, current());
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
        return size;
    }

    private void ensureDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory.getParent());
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        }
        if (!Files.getPosixFilePermissions(directory).equals(DIRECTORY_MODE)) {
            Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

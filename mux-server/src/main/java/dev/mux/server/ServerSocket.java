package dev.mux.server;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Opens the listening socket safely: in a directory only the user can enter, mode 0600, replacing a
 * stale socket file that no server answers, and never stealing the socket of a live server.
 */
final class ServerSocket {
    /** The outcome of {@link #open}: a channel to listen on, or null when a live server already has the path. */
    record Opened(ServerSocketChannel channel) {
        boolean alreadyRunning() {
            return channel == null;
        }
    }

    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_SOCKET = PosixFilePermissions.fromString("rw-------");

    /**
     * As many pending connections as the system allows: Linux caps the backlog at
     * net.core.somaxconn (4096 by default) without an error, where the JDK's default is 50, and
     * then clients that connect together (a script's loop of mux commands) get EAGAIN.
     */
    private static final int LISTEN_BACKLOG = Integer.MAX_VALUE;
    private static final int FILE_TYPE = 0170000;
    private static final int SOCKET_TYPE = 0140000;

    private ServerSocket() {}

    static Opened open(Path path, Path defaultDirectory, UserPrincipal owner) throws IOException {
        Path directory = path.toAbsolutePath().getParent();
        if (directory.equals(defaultDirectory)) {
            ensurePrivateDirectory(directory, owner);
        } else {
            Files.createDirectories(directory);
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (answers(path)) return new Opened(null);
            // Only a stale socket is ours to replace; anything else there was put by someone else.
            if (!isSocket(path)) throw new IOException(path + " exists and is not a socket");
            Files.delete(path);
        }
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(path), LISTEN_BACKLOG);
            Files.setPosixFilePermissions(path, PRIVATE_SOCKET);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new Opened(channel);
    }

    private static void ensurePrivateDirectory(Path directory, UserPrincipal owner) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(directory.getParent());
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Another server created it between our check and now; it is checked below all the same.
            }
            Files.setPosixFilePermissions(directory, PRIVATE_DIRECTORY);
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(directory + " is not a directory");
        }
        if (!Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).equals(owner)) {
            throw new IOException("directory " + directory + " is not owned by " + owner.getName());
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
        if (!PRIVATE_DIRECTORY.containsAll(mode)) {
            throw new IOException("directory " + directory + " has unsafe permissions "
                    + PosixFilePermissions.toString(mode) + " (expected rwx------)");
        }
    }

    private static boolean isSocket(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & FILE_TYPE) == SOCKET_TYPE;
    }

    /** Whether a server is listening behind {@code path}: connection refused means the file is stale. */
    static boolean answers(Path path) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            return probe.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}

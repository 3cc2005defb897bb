package dev.mux.client;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a socket may be trusted before the client connects to it. Whoever listens on the socket
 * receives the client's command line, working directory and, once attached, its keys; so the
 * socket must be the user's own. In the default directory ({@code $XDG_RUNTIME_DIR/mux} or
 * {@code /tmp/mux-UID}) another user could have created the directory first and put a server of
 * theirs in it: that directory must be the user's and closed to everyone else, as tmux requires
 * of its own. A socket named with {@code -S} may live in any directory, but is still refused when
 * another user owns it (root's client excepted, which tmux lets reach any user's server).
 *
 * <p>Two {@code lstat} calls, through the same attribute view the client already uses for its uid.
 */
final class SocketSafety {
    private static final String ATTRIBUTES = "unix:uid,mode";
    private static final int TYPE_MASK = 0170000;
    private static final int DIRECTORY = 0040000;
    private static final int GROUP_AND_OTHER = 0077;
    private static final long ROOT = 0;

    private SocketSafety() {}

    /**
     * Fails when {@code socket} must not be used; a path that does not exist yet passes (the
     * server that the client may start makes it and checks it again).
     *
     * @param inDefaultDirectory whether the path is the default directory's, not given with -S
     */
    static void check(Path socket, boolean inDefaultDirectory, long uid) throws ClientException {
        if (inDefaultDirectory) checkDirectory(socket.getParent(), uid);
        Map<String, Object> attributes = attributes(socket, "error connecting to " + socket);
        if (attributes == null || uid == ROOT) return;
        long owner = owner(attributes);
        if (owner != uid && owner != ROOT) {
            throw new ClientException("mux: socket " + socket + " is owned by another user (uid " + owner + ")");
        }
    }

    private static void checkDirectory(Path directory, long uid) throws ClientException {
        Map<String, Object> attributes = attributes(directory, "mux: couldn't read directory " + directory);
        if (attributes == null) return;
        int mode = (Integer) attributes.get("mode");
        if ((mode & TYPE_MASK) != DIRECTORY) throw new ClientException("mux: " + directory + " is not a directory");
        if (owner(attributes) != uid || (mode & GROUP_AND_OTHER) != 0) {
            throw new ClientException("mux: directory " + directory + " has unsafe permissions");
        }
    }

    /**
     * The path's own owner and mode (a symbolic link is not followed), or null if there is nothing
     * there; {@code failure} begins the message when it cannot be read.
     */
    private static Map<String, Object> attributes(Path path, String failure) throws ClientException {
        try {
            return Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            throw new ClientException(failure + " (Permission denied)");
        } catch (IOException e) {
            throw new ClientException(failure + " (" + e.getMessage() + ")");
        }
    }

    private static long owner(Map<String, Object> attributes) {
        return ((Number) attributes.get("uid")).longValue();
    }
}

package dev.mux.protocol;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the snapshot of the server on a socket lives, which both ends must agree on (the client
 * starts a server for an attach when one waits): {@code $XDG_STATE_HOME/mux/} (else
 * {@code ~/.local/state/mux/}), {@code NAME.snapshot} for a socket in the default directory,
 * {@code NAME-HASH.snapshot} for one elsewhere ({@code -S}), so two servers never share a file.
 */
public final class SnapshotPaths {
    public static final String SUFFIX = ".snapshot";

    private SnapshotPaths() {}

    public static Path directory(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && Path.of(state).isAbsolute()) return Path.of(state, "mux");
        return Path.of(env.getOrDefault("HOME", "/tmp"), ".local", "state", "mux");
    }

    /** The file name without {@link #SUFFIX}. */
    public static String baseName(Path socket, Path defaultSocketDirectory) {
        Path absolute = socket.toAbsolutePath();
        String name = absolute.getFileName().toString();
        boolean isDefault = defaultSocketDirectory.toAbsolutePath().equals(absolute.getParent());
        return isDefault ? name : name + "-" + String.format("%08x", absolute.toString().hashCode());
    }

    /** The snapshot the server on {@code socket} keeps. */
    public static Path file(Map<String, String> env, Path socket, Path defaultSocketDirectory) {
        return directory(env).resolve(baseName(socket, defaultSocketDirectory) + SUFFIX);
    }

    /** The snapshot of a server on {@code socket} that is gone, which a new server took over and keeps for resurrect. */
    public static Path previousFile(Map<String, String> env, Path socket, Path defaultSocketDirectory) {
        return directory(env).resolve(baseName(socket, defaultSocketDirectory) + SUFFIX + ".previous");
    }
}

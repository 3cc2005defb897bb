package dev.mux.protocol;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a server's socket lives: {@code -S path} as given, else in a directory of the user's, named
 * NAME from {@code -L} or "default" (as tmux does). The directory is {@code $MUX_TMPDIR/mux-UID},
 * else {@code $TMUX_TMPDIR/mux-UID} (the variable scripts set for tmux), else
 * {@code $XDG_RUNTIME_DIR/mux}, else {@code /tmp/mux-UID}; a variable that is empty or relative is
 * passed over.
 */
public final class SocketPaths {
    public static final String DEFAULT_NAME = "default";
    /** mux's own variable for the socket directory's parent, then tmux's. */
    public static final java.util.List<String> TMPDIR_VARIABLES = java.util.List.of("MUX_TMPDIR", "TMUX_TMPDIR");

    private SocketPaths() {}

    public static Path resolve(String socketPath, String socketName, Map<String, String> env, long uid) {
        if (socketPath != null) return Path.of(socketPath).toAbsolutePath();
        String name = socketName == null ? DEFAULT_NAME : socketName;
        return directory(env, uid).resolve(name);
    }

    public static Path directory(Map<String, String> env, long uid) {
        for (String variable : TMPDIR_VARIABLES) {
            String tmpdir = env.get(variable);
            if (tmpdir != null && !tmpdir.isEmpty() && Path.of(tmpdir).isAbsolute()) return Path.of(tmpdir, "mux-" + uid);
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()) {
            return Path.of(runtime, "mux");
        }
        return Path.of("/tmp", "mux-" + uid);
    }
}

package dev.mux.protocol;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a server's socket lives: {@code -S path} as given, else {@code $XDG_RUNTIME_DIR/mux/NAME},
 * else {@code /tmp/mux-UID/NAME}, with NAME from {@code -L} or "default" (as tmux does).
 */
public final class SocketPaths {
    public static final String DEFAULT_NAME = "default";

    private SocketPaths() {}

    public static Path resolve(String socketPath, String socketName, Map<String, String> env, long uid) {
        if (socketPath != null) return Path.of(socketPath).toAbsolutePath();
        String name = socketName == null ? DEFAULT_NAME : socketName;
        return directory(env, uid).resolve(name);
    }

    public static Path directory(Map<String, String> env, long uid) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()) {
            return Path.of(runtime, "mux");
        }
        return Path.of("/tmp", "mux-" + uid);
    }
}

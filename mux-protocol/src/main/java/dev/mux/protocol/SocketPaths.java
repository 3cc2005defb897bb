package dev.mux.protocol;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * The real uid, read from /proc because the JDK has no call for it; the socket directory is
     * named after it and the server checks peers by it.
     */
    public static long currentUid() throws IOException {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (UnsupportedOperationException e) {
            throw new IOException("no unix:uid attribute: " + e.getMessage(), e);
        }
    }

    public static Path directory(Map<String, String> env, long uid) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()) {
            return Path.of(runtime, "mux");
        }
        return Path.of("/tmp", "mux-" + uid);
    }
}

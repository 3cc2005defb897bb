package dev.mux.client;

import dev.mux.platform.proc.ProcFs;
import dev.mux.protocol.SocketPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which socket this client talks to: the global flags, the environment and the user's uid decide.
 * With neither {@code -L} nor {@code -S}, a client run in a pane talks to that pane's server: the
 * socket is the first field of {@code $MUX} (of {@code $TMUX} when run as tmux), as tmux does.
 */
final class SocketLocation {

    private SocketLocation() {}

    static Path of(GlobalOptions options, Identity identity, Map<String, String> env) throws ClientException {
        return SocketPaths.resolve(socketPath(options, identity, env), options.socketName(), env, currentUid());
    }

    /** The socket, once {@link SocketSafety} found it safe to connect to. */
    static Path checked(GlobalOptions options, Identity identity, Map<String, String> env) throws ClientException {
        long uid = currentUid();
        String socketPath = socketPath(options, identity, env);
        Path socket = SocketPaths.resolve(socketPath, options.socketName(), env, uid);
        SocketSafety.check(socket, socketPath == null, uid);
        return socket;
    }

    /** {@code -S}, else the pane's server when neither -S nor -L is given, else null. */
    private static String socketPath(GlobalOptions options, Identity identity, Map<String, String> env) {
        if (options.socketPath() != null || options.socketName() != null) return options.socketPath();
        String server = env.get(identity.serverVariable());
        if (server == null || server.isEmpty() || server.startsWith(",")) return null;
        int comma = server.indexOf(',');
        return comma < 0 ? server : server.substring(0, comma);
    }

    static long currentUid() throws ClientException {
        try {
            return new ProcFs().currentUid();
        } catch (IOException e) {
            throw new ClientException("mux: cannot read the user id from /proc/self (" + e.getMessage() + ")");
        }
    }
}

package dev.mux.client;

import dev.mux.platform.proc.ProcFs;
import dev.mux.protocol.SocketPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Which socket this client talks to: the global flags, the environment and the user's uid decide. */
final class SocketLocation {

    private SocketLocation() {}

    static Path of(GlobalOptions options, Map<String, String> env) throws ClientException {
        return SocketPaths.resolve(options.socketPath(), options.socketName(), env, currentUid());
    }

    /** The socket, once {@link SocketSafety} found it safe to connect to. */
    static Path checked(GlobalOptions options, Map<String, String> env) throws ClientException {
        long uid = currentUid();
        Path socket = SocketPaths.resolve(options.socketPath(), options.socketName(), env, uid);
        SocketSafety.check(socket, options.socketPath() == null, uid);
        return socket;
    }

    static long currentUid() throws ClientException {
        try {
            return new ProcFs().currentUid();
        } catch (IOException e) {
            throw new ClientException("mux: cannot read the user id from /proc/self (" + e.getMessage() + ")");
        }
    }
}

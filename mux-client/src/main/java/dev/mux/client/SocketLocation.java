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

    static long currentUid() throws ClientException {
        try {
            return new ProcFs().currentUid();
        } catch (IOException e) {
            throw new ClientException("mux: cannot read the user id from /proc/self (" + e.getMessage() + ")");
        }
    }
}

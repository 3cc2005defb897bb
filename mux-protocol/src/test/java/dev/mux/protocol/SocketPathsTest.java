package dev.mux.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketPathsTest {
    @Test
    void runtimeDirectoryWinsOverTmp() {
        assertEquals(Path.of("/run/user/1000/mux/default"),
                SocketPaths.resolve(null, null, Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), 1000));
    }

    @Test
    void withoutRuntimeDirectoryTheUidNamesTheTmpDirectory() {
        assertEquals(Path.of("/tmp/mux-42/work"), SocketPaths.resolve(null, "work", Map.of(), 42));
        assertEquals(Path.of("/tmp/mux-42/default"), SocketPaths.resolve(null, null, Map.of("XDG_RUNTIME_DIR", "relative"), 42));
    }

    @Test
    void tmpdirVariablesWinOverTheRuntimeDirectoryMuxsOwnFirst() {
        Map<String, String> both = Map.of("MUX_TMPDIR", "/m", "TMUX_TMPDIR", "/t", "XDG_RUNTIME_DIR", "/run/user/7");
        assertEquals(Path.of("/m/mux-7/default"), SocketPaths.resolve(null, null, both, 7));
        assertEquals(Path.of("/t/mux-7/x"), SocketPaths.resolve(null, "x", Map.of("TMUX_TMPDIR", "/t", "XDG_RUNTIME_DIR", "/r"), 7));
        assertEquals(Path.of("/r/mux/x"), SocketPaths.resolve(null, "x", Map.of("TMUX_TMPDIR", "", "XDG_RUNTIME_DIR", "/r"), 7));
    }

    @Test
    void explicitPathIsTakenAsGiven() {
        assertEquals(Path.of("/srv/s.sock"), SocketPaths.resolve("/srv/s.sock", "ignored", Map.of(), 1));
    }
}

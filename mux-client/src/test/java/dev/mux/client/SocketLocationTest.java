package dev.mux.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketLocationTest {

    @Test
    void socketPathWinsOverSocketName() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("-L", "work", "-S", "/tmp/given", "ls");
        assertEquals(Path.of("/tmp/given"), SocketLocation.of(options, Identity.MUX, Map.of("XDG_RUNTIME_DIR", "/run/user/7")));
    }

    @Test
    void socketNameLivesInTheRuntimeDirectory() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("-L", "work", "ls");
        assertEquals(Path.of("/run/user/7/mux/work"), SocketLocation.of(options, Identity.MUX, Map.of("XDG_RUNTIME_DIR", "/run/user/7")));
    }

    @Test
    void withoutRuntimeDirectoryTheSocketIsInTmpUnderTheUid() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("ls");
        Path expected = Path.of("/tmp/mux-" + SocketLocation.currentUid(), "default");
        assertEquals(expected, SocketLocation.of(options, Identity.MUX, Map.of()));
    }

    @Test
    void inAPaneTheClientTalksToThatPanesServer() throws ClientException {
        Map<String, String> env = Map.of("MUX", "/tmp/mux-7/work,123,0", "TMUX", "/tmp/tmux-7/default,9,1");
        assertEquals(Path.of("/tmp/mux-7/work"), SocketLocation.of(GlobalOptions.parse("ls"), Identity.MUX, env));
        assertEquals(Path.of("/tmp/tmux-7/default"), SocketLocation.of(GlobalOptions.parse("ls"), Identity.TMUX, env));
        assertEquals(Path.of("/run/user/7/mux/other"),
                SocketLocation.of(GlobalOptions.parse("-L", "other", "ls"), Identity.MUX, Map.of("MUX", "/x,1,0", "XDG_RUNTIME_DIR", "/run/user/7")));
        assertEquals(Path.of("/run/user/7/mux/default"),
                SocketLocation.of(GlobalOptions.parse("ls"), Identity.TMUX, Map.of("TMUX", ",1,0", "XDG_RUNTIME_DIR", "/run/user/7")));
    }
}

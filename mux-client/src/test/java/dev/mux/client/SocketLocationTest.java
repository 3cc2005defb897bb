package dev.mux.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketLocationTest {

    @Test
    void socketPathWinsOverSocketName() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("-L", "work", "-S", "/tmp/given", "ls");
        assertEquals(Path.of("/tmp/given"), SocketLocation.of(options, Map.of("XDG_RUNTIME_DIR", "/run/user/7")));
    }

    @Test
    void socketNameLivesInTheRuntimeDirectory() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("-L", "work", "ls");
        assertEquals(Path.of("/run/user/7/mux/work"), SocketLocation.of(options, Map.of("XDG_RUNTIME_DIR", "/run/user/7")));
    }

    @Test
    void withoutRuntimeDirectoryTheSocketIsInTmpUnderTheUid() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("ls");
        Path expected = Path.of("/tmp/mux-" + SocketLocation.currentUid(), "default");
        assertEquals(expected, SocketLocation.of(options, Map.of()));
    }
}

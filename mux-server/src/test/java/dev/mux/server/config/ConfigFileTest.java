package dev.mux.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void runsEachLineJoiningContinuations() throws Exception {
        Path file = Files.writeString(dir.resolve("mux.conf"), "set -g status off\nbind x \\\n  kill-pane\n");
        List<List<String>> ran = new ArrayList<>();
        assertEquals(List.of(), ConfigFile.run(file, (line, argv) -> ran.add(argv)));
        assertEquals(List.of(List.of("set", "-g", "status", "off"), List.of("bind", "x", "kill-pane")), ran);
    }

    @Test
    void refusesANamedPipeInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        List<String> errors = ConfigFile.run(fifo, (line, argv) -> {});
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("named pipe"), errors.get(0));
    }

    @Test
    void refusesAFileTooLargeToBeAConfig() throws Exception {
        Path file = Files.write(dir.resolve("huge"), new byte[ConfigFile.MAX_FILE_BYTES + 1]);
        List<String> errors = ConfigFile.run(file, (line, argv) -> {});
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("larger than"), errors.get(0));
    }
}

package dev.mux.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablePathTest {
    @TempDir
    Path scratch;

    @Test
    void theFirstWordIsTheFirstExecutableOfItsNameOnThePath() throws Exception {
        Path empty = Files.createDirectory(scratch.resolve("empty"));
        Path bin = Files.createDirectory(scratch.resolve("bin"));
        Path tool = Files.createFile(bin.resolve("tool"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertEquals(List.of(tool.toString(), "-x"), ExecutablePath.resolve(List.of("tool", "-x"), empty + ":" + bin));
    }

    @Test
    void aWordWithASlashOrOneNotFoundIsLeftAsItIs() {
        assertEquals(List.of("./tool"), ExecutablePath.resolve(List.of("./tool"), "/bin"));
        assertEquals(List.of("no-such-tool"), ExecutablePath.resolve(List.of("no-such-tool"), scratch.toString()));
    }
}

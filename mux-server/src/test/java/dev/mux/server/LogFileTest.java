package dev.mux.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {
    @TempDir
    Path scratch;

    @Test
    void appendsToWhatIsThereAndKeepsItPrivate() throws Exception {
        Path directory = scratch.resolve("state/mux");
        Files.createDirectories(directory);
        Path log = directory.resolve("server-x.log");
        Files.writeString(log, "an earlier server's crash\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        try (LogFile file = LogFile.open(log, 1024)) {
            file.write("a new line\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("an earlier server's crash\na new line\n", Files.readString(log));
        assertEquals("rw-------", mode(log));
        assertEquals("rwx------", mode(directory));
    }

    @Test
    void twoWritersBothAppend() throws Exception {
        Path log = scratch.resolve("mux/server-x.log");
        try (LogFile running = LogFile.open(log, 1024)) {
            running.write("running 1\n".getBytes(StandardCharsets.UTF_8));
            try (LogFile second = LogFile.open(log, 1024)) {
                second.write("second\n".getBytes(StandardCharsets.UTF_8));
            }
            running.write("running 2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("running 1\nsecond\nrunning 2\n", Files.readString(log));
    }

    @Test
    void aFullLogMovesAsideOnce() throws Exception {
        Path log = scratch.resolve("mux/server-x.log");
        byte[] line = "0123456789abcdef0123456789abcde\n".getBytes(StandardCharsets.UTF_8);
        try (LogFile file = LogFile.open(log, 100)) {
            for (int i = 0; i < 10; i++) file.write(line);
        }
        // Three lines fit in 100 bytes: the fourth, seventh and tenth each begin a new file.
        assertEquals(line.length, Files.size(log));
        assertEquals(3L * line.length, Files.size(log.resolveSibling("server-x.log.1")));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}

package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's log belongs to the server that writes it: nobody truncates it, nobody else reads it. */
class LogTest {
    @TempDir
    Path scratch;

    @Test
    void aSecondServerAndARestartAfterACrashKeepTheLog() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("XDG_STATE_HOME", scratch.resolve("state").toString());
            Path log = scratch.resolve("state/mux/server-" + mux.socket().getFileName() + ".log");
            mux.mux("new", "-d", "-s", "first").ok();
            String running = Poll.until("the running server's log", () -> read(log), text -> text.contains("listening on"));

            // A server that finds the socket taken says "ready" and exits; the log keeps the first's lines.
            Run second = mux.run(List.of(MuxHarness.ROOT.resolve("bin/mux-server").toString(),
                    "--socket", mux.socket().toString()));
            assertEquals("ready\n", second.out(), second.toString());
            String afterSecond = read(log);
            assertTrue(afterSecond.startsWith(running), afterSecond);
            // Logged while the logger was still starting, on a thread of its own, then handed on.
            assertTrue(afterSecond.contains("a server already answers"), afterSecond);
            assertTrue(running.contains("systemd: "), running);
            assertFalse(afterSecond.contains("SLF4J"), "no notes of the logging library: " + afterSecond);
            assertFalse(afterSecond.contains("\0"), "no NULs where lines were cut away");

            for (ProcessHandle server : Processes.withArgument("--socket " + mux.socket())) Processes.killHard(server);
            mux.mux("new", "-d", "-s", "after-crash").ok();
            String afterRestart = Poll.until("the restarted server's line", () -> read(log),
                    text -> text.indexOf("listening on") != text.lastIndexOf("listening on"));
            assertTrue(afterRestart.startsWith(afterSecond), afterRestart);

            assertEquals("rw-------", mode(log));
            assertEquals("rwx------", mode(log.getParent()));
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}

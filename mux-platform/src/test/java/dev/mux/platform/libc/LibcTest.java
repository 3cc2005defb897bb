package dev.mux.platform.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signal and errno numbers as Linux's signal(7) and errno(3) give them; exit statuses as 128 + signal. */
class LibcTest {
    private static final int SIGTERM = 15;
    private static final int SIGKILL = 9;
    private static final int ENOTTY = 25;
    private Process child;

    @AfterEach
    void endChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void signalsOneProcess() throws Exception {
        child = new ProcessBuilder("sleep", "60").start();
        assertTrue(Libc.signalProcess(child.pid(), SIGTERM));
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + SIGTERM, child.exitValue());
        assertFalse(Libc.signalProcess(child.pid(), SIGTERM), "a collected process takes no signal");
    }

    @Test
    void signalsAGroup() throws Exception {
        // setsid makes the child the leader of a session and group of its own, whose id is its pid;
        // the line it writes then says that it has.
        child = new ProcessBuilder("setsid", "sh", "-c", "echo grouped; exec sleep 60").start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
        assertEquals("grouped", output.readLine());
        assertTrue(Libc.signalGroup(child.pid(), SIGKILL));
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + SIGKILL, child.exitValue());
    }

    @Test
    void noPidfdForAProcessThatIsGone() throws Exception {
        child = new ProcessBuilder("true").start();
        child.waitFor();
        ErrnoException e = assertThrows(ErrnoException.class, () -> Libc.openPidfd(child.pid()));
        assertEquals(Libc.ESRCH, e.errno());
    }

    @Test
    void aDuplicateIsAnotherDescriptorOnTheSameFile() throws Exception {
        int fd = Libc.open("/dev/null", Libc.O_RDWR | Libc.O_CLOEXEC);
        int copy = Libc.duplicate(fd);
        try {
            assertNotEquals(fd, copy);
        } finally {
            Libc.close(copy);
            Libc.close(fd);
        }
    }

    @Test
    void aFileThatIsNoTerminalHasNoTerminalModes() throws Exception {
        int fd = Libc.open("/dev/null", Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_CLOEXEC);
        try {
            ErrnoException e = assertThrows(ErrnoException.class, () -> Libc.getTerminalModes(fd, new byte[128]));
            assertEquals(ENOTTY, e.errno());
        } finally {
            Libc.close(fd);
        }
    }
}

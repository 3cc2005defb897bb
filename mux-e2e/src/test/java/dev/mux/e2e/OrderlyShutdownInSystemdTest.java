package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * Shutdown in order, in a real systemd 252: the server holds logind delay locks for shutdown and
 * sleep ({@code systemd-inhibit --list} shows "mux"), ignores a PrepareForShutdown sent by someone
 * other than logind, and on a real {@code systemctl poweroff} runs its preparations, hangs its panes
 * up (a pane's HUP trap runs) and releases the lock, so logind goes on at once. The server's log
 * and the trap's mark are written to a host directory bound into the sandbox, which outlives it.
 */
class OrderlyShutdownInSystemdTest extends InSandbox {
    private static final String DIR = "/tmp/sbx-scopes-shutdown";
    private static final String MACHINE = "scopesshutdown";
    private static final Path SHARED = Path.of("/tmp/sbx-scopes-shutdown-share");
    private static final Pattern RELEASED = Pattern.compile("delay lock released (\\d+) ms after the signal");

    @Override
    Sandbox boot(Path bootScratch) {
        try {
            if (Files.exists(SHARED)) {
                try (var files = Files.walk(SHARED)) {
                    files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(SHARED)).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(SHARED);
            Files.setPosixFilePermissions(SHARED, PosixFilePermissions.fromString("rwxrwxrwx"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Sandbox booted = Sandbox.boot(bootScratch, true, DIR, MACHINE, List.of(SHARED));
        booted.linger(true);
        return booted;
    }

    @Test
    void holdsTheInhibitorAndHangsPanesUpBeforeThePoweroffGoesOn() throws IOException {
        String mux = "XDG_STATE_HOME=" + SHARED.resolve("state") + " " + MuxHarness.MUX + " -L off";
        Path hup = SHARED.resolve("hup");
        sandbox.user(mux + " new -d -s a\n" + mux + " send-keys -t a " + Shell.quote("trap 'echo hup > " + hup + "; exit' HUP") + " Enter").ok();
        String locks = Poll.until("mux's delay locks in logind's list",
                () -> sandbox.raw("systemd-inhibit", "--list", "--no-pager").out(),
                list -> list.lines().filter(l -> l.startsWith("mux ") && l.endsWith("delay")).count() == 2);
        assertTrue(locks.lines().anyMatch(l -> l.startsWith("mux ") && l.contains(" shutdown ")), locks);
        assertTrue(locks.lines().anyMatch(l -> l.startsWith("mux ") && l.contains(" sleep ")), locks);
        Poll.until("the pane's shell to set its trap", () -> sandbox.user(mux + " capture-pane -p -t a").ok().out(),
                screen -> screen.contains("trap"));

        // Anyone may send a signal on the system bus; only logind's is believed.
        sandbox.raw("busctl", "emit", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForShutdown", "b", "true").ok();
        assertEquals(0, sandbox.user(mux + " has-session -t a").status(), "a forged signal ends nothing");

        sandbox.root("systemctl", "poweroff");

        Path log = SHARED.resolve("state/mux/server-off.log");
        String text = Poll.until("the server's log to tell the lock was released", java.time.Duration.ofSeconds(30),
                () -> read(log), t -> RELEASED.matcher(t).find() && t.contains("server exited"));
        Matcher released = RELEASED.matcher(text);
        assertTrue(released.find());
        long millis = Long.parseLong(released.group(1));
        System.out.println("poweroff: delay lock released " + millis + " ms after PrepareForShutdown");
        assertTrue(millis < 5_000, "within logind's InhibitDelayMaxSec: " + millis + " ms");
        assertTrue(text.indexOf("the machine is shutting down") < text.indexOf("server exiting: system shutdown"), text);
        assertTrue(text.contains("SIGHUP (hangup)"), "the panes were hung up by the stop procedure:\n" + text);
        assertEquals("hup", read(hup).strip(), "the pane's shell got its hangup");
        assertTrue(finalSnapshot(SHARED.resolve("state/mux")).contains("the machine shut down"),
                "the final snapshot, written before the hangup, tells the restored panes why they ended");
    }

    /**
     * The server's snapshot as text, read the way the server lays it out: a header line and a
     * version number, then one deflated stream in which strings are UTF-8.
     */
    private static String finalSnapshot(Path directory) throws IOException {
        Path file;
        try (var files = Files.list(directory)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(".snapshot")).findFirst()
                    .orElseThrow(() -> new AssertionError("no snapshot in " + directory));
        }
        byte[] bytes = Files.readAllBytes(file);
        int header = "mux snapshot\n".length() + Integer.BYTES;
        try (var in = new InflaterInputStream(new ByteArrayInputStream(bytes, header, bytes.length - header))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

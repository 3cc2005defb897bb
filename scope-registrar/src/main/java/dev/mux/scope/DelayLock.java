package dev.mux.scope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One logind delay inhibitor lock ({@code Inhibit(what, who, why, "delay")}), held by a child
 * {@code systemd-inhibit} for as long as its {@code cat} reads our pipe. The lock is a file
 * descriptor logind passes over D-Bus, which dbus-java's native Unix socket transport cannot
 * receive; a child can, and it lets go by itself when this process dies (the pipe reaches end of
 * file), so a killed server never leaves shutdown waiting for InhibitDelayMaxSec.
 *
 * <p>One lock per kind: logind checks a combined "shutdown:sleep" request against the policy of
 * the lid switch lock, which polkit refuses to ordinary users.
 */
public final class DelayLock implements AutoCloseable {
    private static final Duration CONFIRM_POLL = Duration.ofMillis(10);
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(1);
    private static final String SYSTEM_BUS_VARIABLE = "DBUS_SYSTEM_BUS_ADDRESS";

    private final Process process;
    private final String what;

    private DelayLock(Process process, String what) {
        this.process = process;
        this.what = what;
    }

    /**
     * The lock, taken and seen in logind's list, or why not within {@code limit}. The system bus is
     * the one {@code env} names (DBUS_SYSTEM_BUS_ADDRESS), for systemd-inhibit as for the check.
     */
    public static Taken take(String what, String who, String why, Map<String, String> env, Duration limit) {
        Logind logind = new Logind(env, limit);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder("systemd-inhibit", "--what=" + what, "--mode=delay", "--who=" + who,
                    "--why=" + why, "cat")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            String bus = env.get(SYSTEM_BUS_VARIABLE);
            if (bus != null) builder.environment().put(SYSTEM_BUS_VARIABLE, bus);
            process = builder.start();
        } catch (IOException e) {
            return new Taken(null, "cannot run systemd-inhibit: " + e.getMessage());
        }
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() - deadline < 0) {
                // A refusal ends systemd-inhibit at once: seen here before logind is asked.
                process.waitFor(CONFIRM_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (!process.isAlive()) return new Taken(null, "systemd-inhibit: " + errors(process.getErrorStream()));
                List<String> held = logind.locksOf(process.pid());
                if (held.contains(what + "/delay")) return new Taken(new DelayLock(process, what), "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        return new Taken(null, "logind did not list the " + what + " lock within " + limit.toMillis() + " ms");
    }

    /** A lock, or null and why not. */
    public record Taken(DelayLock lock, String whyNot) {
        public boolean held() {
            return lock != null;
        }
    }

    public String what() {
        return what;
    }

    public long holderPid() {
        return process.pid();
    }

    /** Lets go: end of file for cat, so systemd-inhibit exits and logind drops the lock. Blocks up to a second. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(RELEASE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) process.destroy();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    private static String errors(InputStream stream) {
        try {
            String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "exited at once" : text.lines().findFirst().orElse(text);
        } catch (IOException e) {
            return "exited at once";
        }
    }
}

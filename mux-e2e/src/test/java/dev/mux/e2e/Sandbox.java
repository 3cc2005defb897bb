package dev.mux.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real systemd (PID 1, logind with KillUserProcesses=yes, a user manager) from the shared
 * {@code systemd-sandbox/sandbox.sh}, under a directory and machine name of these tests' own so that
 * nobody else's sandbox is touched. The checkout is bound read-only at its own path, so the built
 * {@code bin/mux} runs inside as user {@value #USER}.
 */
final class Sandbox implements AutoCloseable {
    static final String DIR = "/tmp/sbx-scope";
    static final String MACHINE = "sbxscope";
    static final String USER = "alice";
    static final long UID = 2000;
    /** Short, so that "alive after the user manager would have stopped" is seconds, not a minute. */
    static final int USER_STOP_DELAY_SEC = 3;
    static final Path SCRIPT = MuxHarness.ROOT.resolveSibling("shared").resolve("systemd-sandbox/sandbox.sh");
    /** Installing systemd-container on a fresh machine and booting. */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);

    private final Path scratch;

    private Sandbox(Path scratch) {
        this.scratch = scratch;
    }

    /** Why the sandbox cannot boot here, or empty when it can. */
    static Optional<String> whyUnavailable() {
        if (!"root".equals(System.getProperty("user.name"))) return Optional.of("the systemd sandbox needs root");
        if (!Files.isExecutable(SCRIPT)) return Optional.of("no sandbox script at " + SCRIPT);
        return Optional.empty();
    }

    /** A freshly booted sandbox: any earlier one of ours is shut down first, since its settings may differ. */
    static Sandbox boot(Path scratch) {
        Sandbox sandbox = new Sandbox(scratch);
        sandbox.script(Duration.ofMinutes(1), "down").ok();
        sandbox.script(UP_TIMEOUT, "up", "--bind-ro", MuxHarness.ROOT.toString()).ok();
        return sandbox;
    }

    /** {@code bash -c script} as {@value #USER} in a new login session, which ends when the script does. */
    Run user(String script) {
        return script(Run.TIMEOUT, "exec-user", "bash", "-c", script);
    }

    /** The same, left running in the background with its output in {@code out}: its session stays open. */
    Process userInBackground(String script, Path out) throws IOException {
        return new ProcessBuilder(command("exec-user", "bash", "-c", script))
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectErrorStream(true)
                .start();
    }

    /** As root, straight in the container's namespaces: for looking at processes and files. */
    Run raw(String... command) {
        List<String> args = new ArrayList<>(List.of("exec-raw"));
        args.addAll(List.of(command));
        return script(Run.TIMEOUT, args.toArray(String[]::new));
    }

    /** The full command line that runs {@code args} of the sandbox script, for a terminal of the test's. */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "SBX_DIR=" + DIR, "SBX_MACHINE=" + MACHINE,
                "SBX_USER_STOP_DELAY_SEC=" + USER_STOP_DELAY_SEC, SCRIPT.toString()));
        command.addAll(List.of(args));
        return command;
    }

    void linger(boolean on) {
        raw("loginctl", on ? "enable-linger" : "disable-linger", USER).ok();
    }

    /** Alive and not a zombie, as seen inside the container. */
    boolean alive(long pid) {
        Run status = raw("cat", "/proc/" + pid + "/status");
        return status.status() == 0 && !status.out().lines().anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
    }

    String cgroupOf(long pid) {
        return raw("cat", "/proc/" + pid + "/cgroup").ok().out().lines()
                .filter(l -> l.startsWith("0::")).map(l -> l.substring(3)).findFirst().orElse("");
    }

    String userManagerScope(String unit) {
        return "/user.slice/user-" + UID + ".slice/user@" + UID + ".service/app.slice/" + unit;
    }

    void kill(long... pids) {
        for (long pid : pids) raw("kill", "-KILL", Long.toString(pid));
    }

    private Run script(Duration timeout, String... args) {
        try {
            Path out = Files.createTempFile(scratch, "sbx-out", ".txt");
            Path err = Files.createTempFile(scratch, "sbx-err", ".txt");
            List<String> command = command(args);
            Process process = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run the sandbox script", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@code name=value} lines (scope-status -p, or a script's own) as a map. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        text.lines().filter(l -> l.indexOf('=') > 0).forEach(l -> fields.putIfAbsent(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return fields;
    }

    @Override
    public void close() {
        script(Duration.ofMinutes(1), "down");
    }
}

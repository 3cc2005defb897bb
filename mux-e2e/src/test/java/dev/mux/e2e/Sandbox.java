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
 * A real systemd (PID 1, logind with KillUserProcesses=yes or no, a user manager) from the shared
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
    private final boolean killUserProcesses;
    private final String dir;
    private final String machine;

    private Sandbox(Path scratch, boolean killUserProcesses, String dir, String machine) {
        this.scratch = scratch;
        this.killUserProcesses = killUserProcesses;
        this.dir = dir;
        this.machine = machine;
    }

    /** Why the sandbox cannot boot here, or empty when it can. */
    static Optional<String> whyUnavailable() {
        if (!"root".equals(System.getProperty("user.name"))) return Optional.of("the systemd sandbox needs root");
        if (!Files.isExecutable(SCRIPT)) return Optional.of("no sandbox script at " + SCRIPT);
        return Optional.empty();
    }

    /** A freshly booted sandbox: any earlier one of ours is shut down first, since its settings may differ. */
    static Sandbox boot(Path scratch, boolean killUserProcesses) {
        return boot(scratch, killUserProcesses, DIR, MACHINE);
    }

    /** The same under another directory and machine name, for a test class that boots a sandbox of its own. */
    static Sandbox boot(Path scratch, boolean killUserProcesses, String dir, String machine) {
        return boot(scratch, killUserProcesses, dir, machine, List.of());
    }

    /** The same, with {@code writable} host directories bound at their own paths, for files that must outlive the sandbox. */
    static Sandbox boot(Path scratch, boolean killUserProcesses, String dir, String machine, List<Path> writable) {
        Sandbox sandbox = new Sandbox(scratch, killUserProcesses, dir, machine);
        sandbox.script(Duration.ofMinutes(1), "down").ok();
        List<String> up = new ArrayList<>(List.of("up", "--bind-ro", MuxHarness.ROOT.toString()));
        for (Path path : writable) up.addAll(List.of("--bind", path.toString()));
        sandbox.script(UP_TIMEOUT, up.toArray(String[]::new)).ok();
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

    /**
     * The command line that runs {@code args} of the sandbox script in a terminal of the test's, with
     * the command inside on a pty of the container's. The script's own test for a terminal runs
     * where standard output is a pipe, so it would pass the test's terminal in as it is; a terminal
     * from outside has no name in the container, and the client cannot put it in raw mode.
     */
    List<String> terminalCommand(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "SBX_PTY=1"));
        command.addAll(command(args));
        return command;
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "SBX_DIR=" + dir, "SBX_MACHINE=" + machine,
                "SBX_KILL_USER_PROCESSES=" + (killUserProcesses ? "yes" : "no"),
                "SBX_USER_STOP_DELAY_SEC=" + USER_STOP_DELAY_SEC, SCRIPT.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** As root in a transient service of the container's, e.g. {@code systemctl poweroff}. */
    Run root(String... command) {
        List<String> args = new ArrayList<>(List.of("exec-root"));
        args.addAll(List.of(command));
        return script(Run.TIMEOUT, args.toArray(String[]::new));
    }

    void linger(boolean on) {
        raw("loginctl", on ? "enable-linger" : "disable-linger", USER).ok();
    }

    /** Alive and not a zombie, as seen inside the container. */
    boolean alive(long pid) {
        Run status = raw("cat", "/proc/" + pid + "/status");
        return status.status() == 0 && !status.out().lines().anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
    }

    /** Checks every poll interval, for the whole duration, that the processes are alive. */
    void staysAlive(Duration duration, long... pids) {
        long end = System.nanoTime() + duration.toNanos();
        Poll.until("the duration to pass with every process alive", duration.plusSeconds(5), () -> {
            for (long pid : pids) {
                if (!alive(pid)) throw new AssertionError("process " + pid + " died");
            }
            return System.nanoTime() > end;
        }, over -> over);
    }

    /** The pid a pane's shell wrote to {@code ~/pane-NAME.pid} when a script typed the command into it. */
    long panePid(String name) {
        String path = "/home/" + USER + "/pane-" + name + ".pid";
        String pid = Poll.until("the pane's shell to write " + path, () -> raw("cat", path).out().strip(),
                text -> text.matches("\\d+"));
        return Long.parseLong(pid);
    }

    /**
     * Attaches a client to session "a" of the server on {@code socketName}, from a new login session
     * in a terminal of the test's; waits for {@code line} on its screen, then detaches with C-b d,
     * which must reach the client as keys, not as text echoed by a terminal left in cooked mode.
     */
    void attachSeesAndDetaches(Path scratch, String socketName, String line) {
        try (MuxHarness host = MuxHarness.create(scratch);
                OuterTmux terminal = OuterTmux.start(host, Shell.line(terminalCommand("exec-user", MuxHarness.MUX.toString(),
                        "-L", socketName, "attach", "-t", "a")))) {
            terminal.waitForLine(line);
            terminal.sendKeys("C-b", "d");
            terminal.waitForLine("[detached (from session a)]");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String cgroupOf(long pid) {
        return raw("cat", "/proc/" + pid + "/cgroup").ok().out().lines()
                .filter(l -> l.startsWith("0::")).map(l -> l.substring(3)).findFirst().orElse("");
    }

    String userManagerScope(String unit) {
        return "/user.slice/user-" + UID + ".slice/user@" + UID + ".service/app.slice/" + unit;
    }

    static String sessionScope(String session) {
        return "/user.slice/user-" + UID + ".slice/session-" + session + ".scope";
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

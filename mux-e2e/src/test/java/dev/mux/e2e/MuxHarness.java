package dev.mux.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the built {@code bin/mux} against a server of this test's own: every command names the
 * socket with {@code -S} inside the test's temporary directory, so tests never share a server and
 * never depend on $XDG_RUNTIME_DIR or $HOME. Closing it kills that server, whatever the test did.
 */
final class MuxHarness implements AutoCloseable {
    static final Path ROOT = findRoot();
    static final Path MUX = ROOT.resolve("bin/mux");

    private final Path scratch;
    private final Path socket;
    private final Map<String, String> env;

    private MuxHarness(Path scratch) {
        this.scratch = scratch;
        this.socket = scratch.resolve("sockets/s");
        this.env = new HashMap<>(System.getenv());
        // A shell without rc files: a predictable prompt ("# " or "$ ") and a fast start.
        env.put("SHELL", "/bin/sh");
        env.remove("ENV");
        env.remove("TMUX");
        // Where -L sockets go, for the tests that check the default socket directory.
        env.put("XDG_RUNTIME_DIR", scratch.resolve("run").toString());
        // The log and the snapshot stay in the test's directory: a server a test killed leaves its
        // snapshot there, never where a later test's server would bring its sessions back.
        env.put("XDG_STATE_HOME", scratch.resolve("state").toString());
    }

    static MuxHarness create(Path scratch) throws IOException {
        MuxHarness harness = new MuxHarness(scratch);
        Files.createDirectories(harness.socket.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createDirectories(scratch.resolve("run"));
        return harness;
    }

    Path socket() {
        return socket;
    }

    Path scratch() {
        return scratch;
    }

    Map<String, String> env() {
        return env;
    }

    /** {@code mux -S SOCKET args...}. */
    Run mux(String... args) {
        return run(muxCommand(args));
    }

    /** Any command line, with this harness's environment. */
    Run run(List<String> command) {
        return Run.of(command, env, scratch);
    }

    List<String> muxCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(MUX.toString(), "-S", socket.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The same command as one line for a shell, as the outer tmux wants it. */
    String muxShellLine(String... args) {
        return Shell.line(muxCommand(args));
    }

    /** Lines of {@code capture-pane -p -t target}, once it succeeds. */
    String capture(String target) {
        return mux("capture-pane", "-p", "-t", target).ok().out();
    }

    @Override
    public void close() {
        run(muxCommand("kill-server"));
        // The next harness of the same test reuses the socket: its sessions must be gone first.
        Poll.until("the server's sessions to be gone", () -> run(muxCommand("list-sessions")).out(), String::isEmpty);
        // A server that did not obey kill-server must not outlive its test: its command line
        // holds this test's socket path, so the match cannot hit anyone else's process.
        for (ProcessHandle leftover : Processes.withArgument(socket.toString())) {
            Processes.killHard(leftover);
        }
    }

    private static Path findRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("bin/mux")) && Files.isRegularFile(dir.resolve("pom.xml"))) return dir;
        }
        throw new IllegalStateException("no bin/mux above " + System.getProperty("user.dir"));
    }
}

package dev.mux.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real terminal around the mux client: a tmux server of its own (its socket in the test's
 * directory, so nothing is left in /tmp; no user config; no status line, so a pane is the whole
 * 100x30 window). Each command runs in a wrapper that
 * prints its exit status and keeps the pane open, so what the client printed last stays visible.
 */
final class OuterTmux implements AutoCloseable {
    static final int COLUMNS = 100;
    static final int ROWS = 30;
    private static final String CONFIG = "set -g status off\nset -g escape-time 0\n";

    private final MuxHarness harness;
    private final Path socket;
    private final Path config;

    private OuterTmux(MuxHarness harness, Path socket, Path config) {
        this.harness = harness;
        this.socket = socket;
        this.config = config;
    }

    /** Starts the outer tmux with one window running {@code commandLine}. */
    static OuterTmux start(MuxHarness harness, String commandLine) throws IOException {
        return start(harness, commandLine, "outer-tmux", COLUMNS, ROWS);
    }

    /** A second, third... terminal of another size: {@code name} keeps its socket apart. */
    static OuterTmux start(MuxHarness harness, String commandLine, String name, int columns, int rows) throws IOException {
        Path config = harness.scratch().resolve(name + ".conf");
        Files.writeString(config, CONFIG);
        OuterTmux outer = new OuterTmux(harness, harness.scratch().resolve(name + ".sock"), config);
        outer.tmux("new-session", "-d", "-x", Integer.toString(columns), "-y", Integer.toString(rows),
                "-s", "outer", wrapped(commandLine)).ok();
        return outer;
    }

    /** Runs {@code commandLine} in a new window, which becomes the one captured and typed into. */
    void newWindow(String commandLine) {
        tmux("new-window", "-t", "outer", wrapped(commandLine)).ok();
    }

    void sendKeys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "outer"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new)).ok();
    }

    /** Types {@code text} and Enter. */
    void type(String text) {
        sendKeys("-l", text);
        sendKeys("Enter");
    }

    String capture() {
        return tmux("capture-pane", "-p", "-t", "outer").ok().out();
    }

    /** The screen with its SGR sequences and trailing blanks (which may be coloured), as {@code capture-pane -e -N}. */
    String captureWithStyles() {
        return tmux("capture-pane", "-p", "-e", "-N", "-t", "outer").ok().out();
    }

    String waitForScreen(String what, Predicate<String> done) {
        return Poll.until(what + " on the outer terminal", this::capture, done);
    }

    String waitForLine(String line) {
        return waitForScreen("a line \"" + line + "\"", screen -> Screens.hasLine(screen, line));
    }

    String waitForPrompt() {
        return waitForScreen("a shell prompt", Screens::hasPrompt);
    }

    /** A tmux format expanded for the outer pane, such as {@code #{cursor_y}} or {@code #{mouse_sgr_flag}}. */
    String display(String format) {
        return tmux("display-message", "-p", "-t", "outer", format).ok().out().strip();
    }

    /** A command to the outer tmux itself (set-option, show-buffer...); fails the test if it fails. */
    String command(String... args) {
        return tmux(args).ok().out();
    }

    /** The pid of the active pane's first process: the wrapper shell around the command. */
    long panePid() {
        return Long.parseLong(tmux("display-message", "-p", "-t", "outer", "#{pane_pid}").ok().out().strip());
    }

    /** Kills the pane the client runs in, which hangs up its terminal. */
    void killPane() {
        tmux("kill-pane", "-t", "outer").ok();
    }

    @Override
    public void close() {
        tmux("kill-server");
    }

    /** The status line lets a test see how the client exited; sleep keeps the pane, and that line, open. */
    private static String wrapped(String commandLine) {
        return commandLine + "; echo \"[exit status $?]\"; exec sleep 3600";
    }

    private Run tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", config.toString()));
        command.addAll(List.of(args));
        return harness.run(command);
    }
}

package dev.mux.server;

import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.pty.PaneCommand;
import dev.mux.server.pty.PaneProcess;
import dev.mux.server.pty.PtyReadBuffer;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a pane's process the way tmux does: the user's shell as a login shell, or {@code sh -c}
 * for a given command, in the client's directory, with TERM naming what our emulator implements.
 */
public final class PaneLauncher {
    /** Pane life events the server acts on. */
    public interface Events {
        void paneEnded(Pane pane, int exitStatus);
    }

    /** Variables of the server's environment that would mislead programs in a pane. */
    private static final List<String> NOT_INHERITED = List.of("TMUX", "TMUX_PANE", "COLUMNS", "LINES", "MUX", "MUX_PANE");
    /**
     * How long after output a pane's older history is packed: while a flood goes on, that is ten
     * times a second, for at most a ring's worth of lines (term/History).
     */
    private static final long HISTORY_PACK_DELAY_MILLIS = 100;

    /** RIS: a respawned pane's screen starts as a new terminal's, its history kept, as tmux's screen_reinit. */
    private static final byte[] RESET = {0x1b, 'c'};

    private final EventLoop loop;
    private final Map<String, String> environment;
    private final String socketPath;
    private final String term;
    private final PtyReadBuffer readBuffer = new PtyReadBuffer();
    private Events events;

    public PaneLauncher(EventLoop loop, Map<String, String> environment, String socketPath) {
        this.loop = loop;
        this.environment = environment;
        this.socketPath = socketPath;
        this.term = TermChoice.best(environment);
    }

    public String socketPath() {
        return socketPath;
    }

    public void setEvents(Events events) {
        this.events = events;
    }

    public String windowName(String shellCommand) {
        if (shellCommand != null) {
            String first = shellCommand.strip().split("\\s+", 2)[0];
            return first.isEmpty() ? "sh" : Path.of(first).getFileName().toString();
        }
        return Path.of(shell()).getFileName().toString();
    }

    /** Puts a new pane, holding {@code terminal}, in its window; the layout gives it its size. */
    @FunctionalInterface
    public interface Placement {
        Pane place(Terminal terminal) throws LayoutException;
    }

    /**
     * Places a pane and starts its process at the size the layout gave it. If the process cannot
     * start, the pane is taken out again.
     */
    public Pane launch(Sessions sessions, Placement placement, String shellCommand, String cwd, int historyLimit)
            throws IOException, LayoutException {
        Pane[] created = new Pane[1];
        Terminal terminal = new Terminal(1, 1, historyLimit, bytes -> created[0].write(bytes));
        Pane pane = placement.place(terminal);
        created[0] = pane;
        try {
            start(sessions, pane, shellCommand, cwd);
        } catch (IOException | RuntimeException | LinkageError e) {
            sessions.removePane(pane);
            throw e;
        }
        return pane;
    }

    /**
     * respawn-pane: starts a new process in a pane whose process ended (or was hung up), on its
     * screen reset as a terminal's is; an end of the old process reported later is ignored.
     */
    public void respawn(Sessions sessions, Pane pane, String shellCommand, String cwd) throws IOException {
        pane.terminal().feed(RESET, 0, RESET.length);
        start(sessions, pane, shellCommand, cwd);
    }

    private void start(Sessions sessions, Pane pane, String shellCommand, String cwd) throws IOException {
        Terminal terminal = pane.terminal();
        List<String> argv = shellCommand == null ? List.of(shell(), "-l") : List.of(shell(), "-c", shellCommand);
        PaneCommand command = new PaneCommand(argv, paneEnvironment(pane), directory(cwd), terminal.columns(), terminal.rows());
        PaneProcess[] started = new PaneProcess[1];
        started[0] = PaneProcess.start(command, loop, readBuffer, new PaneProcess.Listener() {
            /** A timer is to pack the pane's older history. */
            private boolean packing;

            @Override
            public void output(byte[] bytes, int length) {
                pane.consume(bytes, length);
                if (!packing && terminal.screen().hasHistoryToPack()) {
                    packing = true;
                    loop.schedule(HISTORY_PACK_DELAY_MILLIS, () -> {
                        packing = false;
                        terminal.screen().packHistory();
                    });
                }
            }

            @Override
            public void ended(int exitStatus) {
                if (!pane.isEnded() && pane.runs(started[0])) events.paneEnded(pane, exitStatus);
            }
        });
        sessions.started(pane, started[0]);
        pane.setCommand(shellCommand);
    }

    /**
     * How the {@code MUX} variable of this server's panes starts ({@code socket,pid,}): the stop
     * procedure finds a pane's daemonized jobs by it.
     */
    public String serverPrefix() {
        return socketPath + "," + ProcessHandle.current().pid() + ",";
    }

    private Map<String, String> paneEnvironment(Pane pane) {
        Map<String, String> env = new HashMap<>(environment);
        NOT_INHERITED.forEach(env::remove);
        env.put("TERM", term);
        env.put("MUX", serverPrefix() + pane.window().session().id());
        env.put("MUX_PANE", "%" + pane.id());
        env.putIfAbsent("SHELL", shell());
        return env;
    }

    /** $SHELL if it names an executable, else /bin/sh, as tmux's default-shell. */
    private String shell() {
        String shell = environment.get("SHELL");
        if (shell != null && !shell.isEmpty() && Path.of(shell).isAbsolute() && Files.isExecutable(Path.of(shell))) {
            return shell;
        }
        return "/bin/sh";
    }

    private String directory(String cwd) {
        if (cwd != null && !cwd.isEmpty() && Files.isDirectory(Path.of(cwd))) return cwd;
        String home = environment.get("HOME");
        if (home != null && Files.isDirectory(Path.of(home))) return home;
        return "/";
    }
}

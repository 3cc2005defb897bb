package dev.mux.server;

import dev.mux.server.cmd.PaneSpawn;
import dev.mux.server.environ.Environment;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Session;
import dev.mux.server.options.Options;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.pty.PaneCommand;
import dev.mux.server.pty.PaneProcess;
import dev.mux.server.pty.PtyReadBuffer;
import dev.mux.server.scope.PaneScopes;
import dev.mux.server.term.PaneSettings;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a pane's process the way tmux does: the session's default-shell as a login shell, or
 * {@code shell -c} for a given command (or default-command), in the client's directory, with the
 * environment tmux gives a pane (see {@link #paneEnvironment}).
 */
public final class PaneLauncher {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaneLauncher.class);
    /** Pane life events the server acts on. */
    public interface Events {
        void paneEnded(Pane pane, int exitStatus);

        /** The pane's program sent OSC 52; {@code payload} is what follows "52;". */
        default void paneClipboard(Pane pane, String payload) {
        }

        /** The pane's program sent data for the outer terminal in tmux's passthrough string. */
        default void panePassthrough(Pane pane, byte[] data) {
        }

        /** The pane's program turned focus reports (mode 1004) on. */
        default void paneFocusReportsOn(Pane pane) {
        }
    }

    /**
     * Variables of the server's environment that would mislead programs in a pane, and what the
     * launchers set for the server alone (MUX_HOME, and MUX_JAVA, the java the client runs on).
     */
    private static final List<String> NOT_INHERITED = List.of("TMUX", "TMUX_PANE", "COLUMNS", "LINES", "MUX", "MUX_PANE",
            "MUX_HOME", "MUX_JAVA");
    /** tmux's _PATH_DEFPATH: the PATH of a pane when no environment has one. */
    private static final String DEFAULT_PATH = "/usr/bin:/bin";
    /** What TERM_PROGRAM and TERM_PROGRAM_VERSION say, as in tmux's panes: scripts ask them. */
    private static final String TERM_PROGRAM = "tmux";
    private static final String TERM_PROGRAM_VERSION = "3.3a";
    /**
     * How long after output a pane's older history is packed: while a flood goes on, that is ten
     * times a second, for at most a ring's worth of lines (term/History).
     */
    private static final long HISTORY_PACK_DELAY_MILLIS = 100;

    /** The status of a process ended by SIGKILL, as the OOM killer ends one: 128 + 9. */
    private static final int KILLED_STATUS = 137;

    /** RIS: a respawned pane's screen starts as a new terminal's, its history kept, as tmux's screen_reinit. */
    private static final byte[] RESET = {0x1b, 'c'};

    private final EventLoop loop;
    private final Map<String, String> environment;
    /** The global environment (set-environment -g), which starts as the server's own. */
    private final Environment global;
    private final String socketPath;
    private Options serverOptions;
    private final PtyReadBuffer readBuffer = new PtyReadBuffer();
    private Events events;
    /** Moves each pane's process into a scope of its own; null where the server has no systemd scope code (tests). */
    private PaneScopes paneScopes;

    public PaneLauncher(EventLoop loop, Map<String, String> environment, String socketPath) {
        this.loop = loop;
        this.environment = environment;
        this.socketPath = socketPath;
        Map<String, String> inherited = new HashMap<>(environment);
        NOT_INHERITED.forEach(inherited::remove);
        this.global = Environment.of(inherited);
    }

    /** The server options, where default-terminal is read. */
    public void setServerOptions(Options serverOptions) {
        this.serverOptions = serverOptions;
    }

    /** The global environment: set-environment -g changes it, every pane starts from it. */
    public Environment globalEnvironment() {
        return global;
    }

    public String socketPath() {
        return socketPath;
    }

    public void setEvents(Events events) {
        this.events = events;
    }

    public void setPaneScopes(PaneScopes paneScopes) {
        this.paneScopes = paneScopes;
    }

    /** A new window's name: after its command's program, else after the session's shell. */
    public String windowName(String shellCommand, Session session) {
        if (shellCommand != null) {
            String name = WindowNames.fromCommand(shellCommand);
            return name.isEmpty() ? "sh" : name;
        }
        return Path.of(shell(session)).getFileName().toString();
    }

    /** What a pane runs when not told: the session's default-command, or null for the shell. */
    public static String defaultCommand(Session session) {
        String command = session.options().string("default-command");
        return command.isEmpty() ? null : command;
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
    public Pane launch(Sessions sessions, Placement placement, String shellCommand, String cwd, int historyLimit,
                       PaneSpawn spawn) throws IOException, LayoutException {
        Pane[] created = new Pane[1];
        Terminal terminal = new Terminal(1, 1, historyLimit, bytes -> created[0].write(bytes));
        Pane pane = placement.place(terminal);
        created[0] = pane;
        try {
            start(sessions, pane, shellCommand, cwd, spawn);
        } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
            sessions.removePane(pane);
            throw e;
        }
        return pane;
    }

    /**
     * respawn-pane: starts a new process in a pane whose process ended (or was hung up), on its
     * screen reset as a terminal's is; an end of the old process reported later is ignored.
     */
    public void respawn(Sessions sessions, Pane pane, String shellCommand, String cwd, PaneSpawn spawn) throws IOException {
        pane.terminal().feed(RESET, 0, RESET.length);
        start(sessions, pane, shellCommand, cwd, spawn);
    }

    private void start(Sessions sessions, Pane pane, String shellCommand, String cwd, PaneSpawn spawn) throws IOException {
        Terminal terminal = pane.terminal();
        terminal.onClipboard(payload -> events.paneClipboard(pane, payload));
        terminal.onPassthrough(data -> events.panePassthrough(pane, data));
        terminal.onFocusReportsOn(() -> events.paneFocusReportsOn(pane));
        if (serverOptions != null) terminal.extendedKeysAlways(() -> serverOptions.string("extended-keys").equals("always"));
        terminal.useSettings(new PaneSettings() {
            @Override
            public boolean scrollOnClear() {
                return pane.options().flag("scroll-on-clear");
            }

            @Override
            public boolean alternateScreen() {
                return pane.options().flag("alternate-screen");
            }
        });
        String shell = shell(pane.window().session());
        List<String> argv = shellCommand == null ? List.of(shell, "-l") : List.of(shell, "-c", shellCommand);
        String directory = directory(cwd);
        PaneCommand command = new PaneCommand(argv, paneEnvironment(pane, spawn, shell, directory), directory,
                terminal.columns(), terminal.rows());
        PaneProcess[] started = new PaneProcess[1];
        boolean[] exited = new boolean[1];
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
                exited[0] = true;
                if (paneScopes != null && pane.runs(started[0])) {
                    paneScopes.ended(pane.scope()).ifPresent(pane::setEndReason);
                    // An out-of-memory kill explains the end only if it took the pane's process (or the child whose status it passed on).
                    if (exitStatus != KILLED_STATUS) pane.setEndReason(null);
                }
                if (!pane.isEnded() && pane.runs(started[0])) events.paneEnded(pane, exitStatus);
            }
        });
        sessions.started(pane, started[0]);
        pane.setCommand(shellCommand);
        if (paneScopes != null && serverOptions != null && serverOptions.flag("pane-scopes")) {
            placeInScope(pane, started[0], exited);
        }
    }

    /** Off the loop: the pane runs already, and learns its scope when systemd has made it. */
    private void placeInScope(Pane pane, PaneProcess process, boolean[] exited) {
        int limit = serverOptions.number("pane-memory-limit");
        paneScopes.place(pane.id(), process.pid(), limit, new PaneScopes.Listener() {
            @Override
            public void placed(dev.mux.scope.Placement placement, long millis) {
                if (!placement.moved()) return;
                LOG.info("pane %{} moved into {} {} ms after its start", pane.id(), placement.unit(), millis);
                if (exited[0] || !pane.runs(process)) {
                    paneScopes.ended(placement.unit());
                } else {
                    pane.setScope(placement.unit());
                }
            }

            @Override
            public void outOfMemory(String why) {
                if (pane.runs(process)) pane.setEndReason(why);
            }
        });
    }

    /**
     * A popup's program (display-popup) on a pty of its own, as tmux's job_run starts a job:
     * {@code /bin/sh -c shellCommand}, or {@code argv} (its first word found on the PATH) when that is
     * null, in {@code cwd}, with the global and session environments, TERM, TERM_PROGRAM, TMUX (and
     * mux's MUX, by which a mux inside finds this server), then {@code extra}; no pane variables.
     */
    public PaneProcess startPopup(Session session, String shellCommand, List<String> argv, Map<String, String> extra,
                                  String cwd, int columns, int rows, PaneProcess.Listener listener) throws IOException {
        Map<String, String> env = new HashMap<>();
        global.applyTo(env);
        session.environment().applyTo(env);
        env.put("TERM", term());
        env.put("TERM_PROGRAM", TERM_PROGRAM);
        env.put("TERM_PROGRAM_VERSION", TERM_PROGRAM_VERSION);
        env.put("TMUX", serverPrefix() + session.id());
        env.put("MUX", serverPrefix() + session.id());
        env.putAll(extra);
        List<String> command = shellCommand != null ? List.of("/bin/sh", "-c", shellCommand)
                : ExecutablePath.resolve(argv, env.getOrDefault("PATH", DEFAULT_PATH));
        return PaneProcess.start(new PaneCommand(command, env, directory(cwd), columns, rows), loop, readBuffer, listener);
    }

    /**
     * A popup's program moved into {@code pane} (its menu's To Horizontal/Vertical Pane), which
     * already holds the popup's terminal: the pane runs it from now on, at the pane's size, and the
     * returned listener is where its output and end go.
     */
    public PaneProcess.Listener adopt(Sessions sessions, Pane pane, PaneProcess process) {
        sessions.started(pane, process);
        process.resize(pane.terminal().columns(), pane.terminal().rows());
        return new PaneProcess.Listener() {
            @Override
            public void output(byte[] bytes, int length) {
                pane.consume(bytes, length);
            }

            @Override
            public void ended(int exitStatus) {
                if (!pane.isEnded() && pane.runs(process)) events.paneEnded(pane, exitStatus);
            }
        };
    }

    /**
     * How the {@code MUX} variable of this server's panes starts ({@code socket,pid,}): the stop
     * procedure finds a pane's daemonized jobs by it.
     */
    public String serverPrefix() {
        return socketPath + "," + ProcessHandle.current().pid() + ",";
    }

    /**
     * A pane's environment, built as tmux builds it: the global environment, then the session's
     * (its removals remove), TERM from default-terminal, TERM_PROGRAM and TMUX ({@code
     * socket,pid,session}), then {@code -e}'s variables, then TMUX_PANE, the PATH of a client not
     * attached (so that {@code mux new prog} finds prog as the user's shell would), SHELL and PWD.
     * MUX and MUX_PANE come last: the stop procedure finds a pane's processes by them.
     */
    private Map<String, String> paneEnvironment(Pane pane, PaneSpawn spawn, String shell, String directory) {
        Session session = pane.window().session();
        Map<String, String> env = new HashMap<>();
        global.applyTo(env);
        session.environment().applyTo(env);
        env.put("TERM", term());
        env.put("TERM_PROGRAM", TERM_PROGRAM);
        env.put("TERM_PROGRAM_VERSION", TERM_PROGRAM_VERSION);
        String server = serverPrefix() + session.id();
        env.put("TMUX", server);
        env.putAll(spawn.environment());
        env.put("TMUX_PANE", "%" + pane.id());
        if (spawn.clientPath() != null) env.put("PATH", spawn.clientPath());
        env.putIfAbsent("PATH", DEFAULT_PATH);
        env.put("SHELL", shell);
        env.put("PWD", directory);
        env.put("MUX", server);
        env.put("MUX_PANE", "%" + pane.id());
        return env;
    }

    /** default-terminal; its default, tmux-256color, only where its terminfo entry is installed. */
    private String term() {
        String term = serverOptions == null ? TermChoice.PREFERRED : serverOptions.string("default-terminal");
        return term.equals(TermChoice.PREFERRED) ? TermChoice.best(environment) : term;
    }

    /** The session's default-shell if it names an executable by its full path, else /bin/sh, as tmux. */
    private static String shell(Session session) {
        String shell = session.options().string("default-shell");
        if (!shell.isEmpty() && Path.of(shell).isAbsolute() && Files.isExecutable(Path.of(shell))) {
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

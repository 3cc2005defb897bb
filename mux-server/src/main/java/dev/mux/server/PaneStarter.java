package dev.mux.server;

import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.PaneFactory;
import dev.mux.server.cmd.PaneSpawn;
import dev.mux.server.environ.Environment;
import dev.mux.server.environ.EnvironmentUpdate;
import dev.mux.server.input.ArgEscape;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.overlay.Popup;
import dev.mux.server.overlay.PopupProcess;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a request's panes in the model, in its working directory; a pane that fails to start leaves nothing behind. */
final class PaneStarter implements PaneFactory {
    private static final Logger LOG = LoggerFactory.getLogger(PaneStarter.class);
    private final Sessions sessions;
    private final PaneLauncher launcher;
    private final String cwd;
    private final LogoutWarning logoutWarning;

    PaneStarter(Sessions sessions, PaneLauncher launcher, String cwd, LogoutWarning logoutWarning) {
        this.sessions = sessions;
        this.launcher = launcher;
        this.cwd = cwd;
        this.logoutWarning = logoutWarning;
    }

    /** The pane this request's last new-session, new-window or split-window started, for its after hook. */
    private Pane lastCreated;

    @Override
    public Environment globalEnvironment() {
        return launcher.globalEnvironment();
    }

    @Override
    public Session newSession(String name, int columns, int rows, PaneSpawn spawn) throws CommandException {
        HeapRoom.ensureRoomFor(columns, rows);
        Session session = sessions.createSession(name, columns, rows);
        Window window;
        try {
            if (spawn.clientEnvironment() != null) {
                EnvironmentUpdate.apply(session.options().items("update-environment"), spawn.clientEnvironment(),
                        session.environment());
            }
            spawn.environment().forEach((variable, value) -> session.environment().set(variable, value, false));
            session.setPath(directory(spawn));
            window = sessions.createWindow(session, launcher.windowName(command(spawn, session), session));
            startPane(window, spawn);
        } catch (CommandException e) {
            sessions.removeSession(session);
            throw new CommandException("create session failed: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            // Anywhere in the making, not only in the pane's start: a session left half made would keep its screen.
            sessions.removeSession(session);
            throw new CommandException("create session failed: out of memory");
        }
        LOG.info("session {} created ({}x{})", name, columns, rows);
        lastCreated = window.activePane();
        logoutWarning.once();
        return session;
    }

    @Override
    public Window newWindow(Session session, int index, String name, PaneSpawn spawn, boolean select,
                            boolean replace) throws CommandException {
        boolean taken = index >= 0 && session.windowAt(index).isPresent();
        if (taken && !replace) {
            throw new CommandException("create window failed: index " + index + " in use");
        }
        HeapRoom.ensureRoomFor(session.columns(), session.rows());
        String windowName = name != null ? name : launcher.windowName(command(spawn, session), session);
        // A window to be replaced stays until its successor runs, so a failed start loses nothing.
        Window window = index >= 0 && !taken ? sessions.createWindow(session, index, windowName)
                : sessions.createWindow(session, windowName);
        // Selected before its pane starts, as tmux's spawn does, which orders the notifications.
        if (select) session.select(window);
        try {
            startPane(window, spawn);
        } catch (CommandException e) {
            sessions.removeWindow(window);
            throw new CommandException("create window failed: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            sessions.removeWindow(window);
            throw new CommandException("create window failed: out of memory");
        }
        if (name != null) window.disableAutomaticRename();
        lastCreated = window.activePane();
        return window;
    }

    @Override
    public Pane splitWindow(Pane target, Split split, int size, boolean before, boolean full, PaneSpawn spawn,
                            boolean select)
            throws CommandException {
        // The new pane takes part of the target's cells, so the target's size bounds what it needs.
        HeapRoom.ensureRoomFor(target.terminal().screen().columns(), target.terminal().screen().rows());
        // Selected before it starts, as tmux's spawn does, which orders the notifications.
        Pane created = startPane(terminal -> {
            Pane pane = sessions.splitPane(target, terminal, split, size, before, full);
            if (select) target.window().select(pane);
            return pane;
        }, spawn, target.window().session());
        lastCreated = created;
        return created;
    }

    @Override
    public Pane lastCreated() {
        return lastCreated;
    }

    @Override
    public void respawn(Pane pane, PaneSpawn spawn) throws CommandException {
        String command = spawn.shellCommand() != null ? spawn.shellCommand() : pane.command();
        try {
            launcher.respawn(sessions, pane, command, directory(spawn), spawn);
            pane.setStart(spawn.startCommand(), spawn.directory() == null ? null : directory(spawn));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.error("pane %{} failed to respawn", pane.id(), e);
            throw new CommandException(String.valueOf(e.getMessage()));
        }
    }

    private void startPane(Window window, PaneSpawn spawn) throws CommandException {
        startPane(terminal -> sessions.createPane(window, terminal), spawn, window.session());
    }

    private Pane startPane(PaneLauncher.Placement placement, PaneSpawn spawn, Session session)
            throws CommandException {
        try {
            Pane pane = launcher.launch(sessions, placement, command(spawn, session), directory(spawn),
                    session.options().number("history-limit"), spawn);
            pane.setStart(startCommand(spawn, session), directory(spawn));
            return pane;
        } catch (LayoutException e) {
            throw new CommandException(e.getMessage());
        } catch (IOException | RuntimeException | LinkageError e) {
            // pty4j reports a missing native library as an Error; either way no pane runs.
            LOG.error("pane of session {} failed to start", session.name(), e);
            throw new CommandException(String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            // The pane's screen did not fit in the bounded heap: the caller removes what it began.
            LOG.error("pane of session {} failed to start: out of memory", session.name());
            throw new CommandException("out of memory");
        }
    }

    /** The shell command a new pane runs: the one given, else the session's default-command, else none (the shell). */
    private static String command(PaneSpawn spawn, Session session) {
        return spawn.shellCommand() != null ? spawn.shellCommand() : PaneLauncher.defaultCommand(session);
    }

    /** pane_start_command: the command given, else default-command as one word, else nothing. */
    private static String startCommand(PaneSpawn spawn, Session session) {
        if (spawn.startCommand() != null) return spawn.startCommand();
        String command = PaneLauncher.defaultCommand(session);
        return command == null ? "" : ArgEscape.escape(command);
    }

    /** -c as tmux reads it: a relative directory is under the requester's. */
    private String directory(PaneSpawn spawn) {
        String directory = spawn.directory();
        if (directory == null) return cwd;
        if (directory.startsWith("/") || cwd == null) return directory;
        return cwd + "/" + directory;
    }

    @Override
    public PopupProcess startPopup(Session session, String shellCommand, List<String> argv, Map<String, String> environment,
                                   String directory, Popup popup) throws CommandException {
        PopupJob job = new PopupJob(popup);
        try {
            job.started(launcher.startPopup(session, shellCommand, argv, environment, directory, popup.innerColumns(),
                    popup.innerRows(), job));
            return job;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.error("popup of session {} failed to start", session.name(), e);
            throw new CommandException(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public boolean popupToPane(Pane active, boolean leftRight, Terminal terminal, PopupProcess program) {
        if (!(program instanceof PopupJob job)) return false;
        try {
            Pane pane = sessions.splitPane(active, terminal, leftRight ? Split.LEFT_RIGHT : Split.TOP_BOTTOM, -1, false, false);
            active.window().select(pane);
            job.retarget(launcher.adopt(sessions, pane, job.process()));
            return true;
        } catch (LayoutException e) {
            LOG.info("popup's program not moved to a pane: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public String windowName(Pane pane) {
        return launcher.windowName(pane.command(), pane.window().session());
    }
}

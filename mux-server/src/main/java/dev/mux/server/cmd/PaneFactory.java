package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.overlay.Popup;
import dev.mux.server.overlay.PopupProcess;
import dev.mux.server.term.Terminal;
import java.util.List;
import java.util.Map;

/** Starts panes, in the requester's working directory unless told otherwise: a new session's, a new window's, a split's. */
public interface PaneFactory {
    /** The global environment every pane starts from (set-environment -g, the config's NAME=value). */
    Environment globalEnvironment();

    /** Creates a session with one window and one pane running what {@code spawn} says. */
    Session newSession(String name, int columns, int rows, PaneSpawn spawn) throws CommandException;

    /**
     * Creates a window at {@code index} (-1: the lowest free one) running what {@code spawn} says,
     * named {@code name} (null: after its program, renamed automatically). A window already at
     * {@code index} is an error, or, if {@code replace}, is killed to make room.
     */
    Window newWindow(Session session, int index, String name, PaneSpawn spawn, boolean select, boolean replace)
            throws CommandException;

    /**
     * respawn-pane and respawn-window: runs what {@code spawn} says (no command: the pane's last
     * one) in a pane whose process ended, or was hung up for it (-k).
     */
    void respawn(Pane pane, PaneSpawn spawn) throws CommandException;

    /** The name a new window holding {@code pane} takes (break-pane): after the program it runs, else the shell. */
    default String windowName(Pane pane) {
        return pane.window().name();
    }

    /** The pane the last new session, window or split of this request started (null: none), which their after hooks are about. */
    default Pane lastCreated() {
        return null;
    }

    /**
     * display-popup: starts its program on a pty of the popup's inner size, in {@code directory}, as
     * tmux's job_run starts it: {@code /bin/sh -c shellCommand}, or {@code argv} when that is null,
     * with the session's environment as tmux builds it for a job, then {@code environment} (-e). Its
     * output and its end go to {@code popup}.
     */
    default PopupProcess startPopup(Session session, String shellCommand, List<String> argv,
                                    Map<String, String> environment, String directory, Popup popup) throws CommandException {
        throw new CommandException("popups are not available here");
    }

    /**
     * A popup menu's To Horizontal/Vertical Pane: splits {@code active} (side by side when
     * {@code leftRight}) into a pane that takes over the popup's {@code terminal} and {@code program};
     * false when it cannot.
     */
    default boolean popupToPane(Pane active, boolean leftRight, Terminal terminal, PopupProcess program) {
        return false;
    }

    /**
     * Splits {@code target} (split-window), or with {@code full} its whole window: the new pane gets
     * {@code size} cells along the split (-1: half) and runs what {@code spawn} says; it becomes
     * active if {@code select}.
     */
    Pane splitWindow(Pane target, Split split, int size, boolean before, boolean full, PaneSpawn spawn, boolean select)
            throws CommandException;
}

package dev.mux.server.cmd;

import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/** Starts panes, in the requester's working directory: a new session's, a new window's, a split's. */
public interface PaneFactory {
    /** Creates a session with one window and one pane running {@code shellCommand} (null: the shell). */
    Session newSession(String name, int columns, int rows, String shellCommand) throws CommandException;

    /**
     * Creates a window at {@code index} (-1: the lowest free one) running {@code shellCommand} (null:
     * the shell), named {@code name} (null: after its program, renamed automatically).
     */
    Window newWindow(Session session, int index, String name, String shellCommand, boolean select) throws CommandException;

    /**
     * Splits {@code target} (split-window): the new pane gets {@code size} cells along the split
     * (-1: half) and runs {@code shellCommand} (null: the shell); it becomes active if {@code select}.
     */
    Pane splitWindow(Pane target, Split split, int size, boolean before, String shellCommand, boolean select)
            throws CommandException;
}

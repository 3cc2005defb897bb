package dev.mux.server.mouse;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * What is under a cell of a client's terminal: {@code where}, the client's session, the window
 * (a window of the status line's list, else the current one) and, over a pane or its border, the
 * pane (for a border, the pane whose right or bottom edge it is), else null.
 */
public record MousePlace(Where where, Session session, Window window, Pane pane) {}

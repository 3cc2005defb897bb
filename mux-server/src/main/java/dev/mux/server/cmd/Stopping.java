package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.stop.Job;
import java.util.List;

/**
 * Ending panes, windows, sessions and the server with the stop procedure. Each removes what it ends
 * at once and returns {@link CommandResult#PENDING}: the requester's reply waits for the stop and
 * names any process that held it up.
 */
public interface Stopping {
    CommandResult killPanes(List<Pane> panes);

    /** Removes the windows (and a session left empty) and stops their panes. */
    CommandResult killWindows(List<Window> windows);

    CommandResult killSessions(List<Session> sessions);

    /** Stops the panes of windows already in no session, with no reply waiting for it. */
    void endUnlinked(List<Window> windows);

    /** Ends every session, replies when the stop is over, then exits. */
    CommandResult killServer();

    /** Every process of each pane (list-jobs). */
    List<Job> jobs(List<Pane> panes);
}

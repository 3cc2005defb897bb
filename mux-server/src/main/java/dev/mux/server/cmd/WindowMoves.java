package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.List;

/** The moves between windows that several commands share, with tmux's error messages. */
final class WindowMoves {
    private WindowMoves() {}

    static CommandResult step(Session session, int step) throws CommandException {
        if (session.windows().size() < 2) throw new CommandException(step > 0 ? "no next window" : "no previous window");
        session.select(session.neighbourOfCurrent(step));
        return CommandResult.DONE;
    }

    /**
     * next-window -a, previous-window -a: the nearest window that shows an alert after (before) the
     * current one, looking from the other end when there is none; an error when that is the
     * current one or there is none, as tmux's session_next_alert.
     */
    static CommandResult stepToAlert(Session session, int step) throws CommandException {
        List<Window> windows = session.windows();
        int at = windows.indexOf(session.currentWindow());
        Window found = null;
        for (int i = at + step; i >= 0 && i < windows.size() && found == null; i += step) {
            if (windows.get(i).alerts().shown() != 0) found = windows.get(i);
        }
        for (int i = step > 0 ? 0 : windows.size() - 1; found == null && i >= 0 && i < windows.size(); i += step) {
            if (windows.get(i).alerts().shown() != 0) found = windows.get(i);
        }
        if (found == null || found == session.currentWindow()) {
            throw new CommandException(step > 0 ? "no next window" : "no previous window");
        }
        session.select(found);
        return CommandResult.DONE;
    }

    static CommandResult last(Session session) throws CommandException {
        Winlink last = session.lastLink();
        if (last == null) throw new CommandException("no last window");
        session.select(last);
        return CommandResult.DONE;
    }
}

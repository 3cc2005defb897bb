package dev.mux.server.cmd;

import dev.mux.server.model.Session;
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
        List<Winlink> links = session.winlinks();
        int at = links.indexOf(session.currentLink());
        Winlink found = null;
        for (int i = at + step; i >= 0 && i < links.size() && found == null; i += step) {
            if (links.get(i).alerts() != 0) found = links.get(i);
        }
        for (int i = step > 0 ? 0 : links.size() - 1; found == null && i >= 0 && i < links.size(); i += step) {
            if (links.get(i).alerts() != 0) found = links.get(i);
        }
        if (found == null || found == session.currentLink()) {
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

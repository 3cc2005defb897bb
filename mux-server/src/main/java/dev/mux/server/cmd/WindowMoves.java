package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/** The moves between windows that several commands share, with tmux's error messages. */
final class WindowMoves {
    private WindowMoves() {}

    static CommandResult step(Session session, int step) throws CommandException {
        if (session.windows().size() < 2) throw new CommandException(step > 0 ? "no next window" : "no previous window");
        session.select(session.neighbourOfCurrent(step));
        return CommandResult.DONE;
    }

    static CommandResult last(Session session) throws CommandException {
        Window last = session.lastWindow();
        if (last == null) throw new CommandException("no last window");
        session.select(last);
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * Resolves target strings against the model, as tmux's cmd-find does ({@link TargetFinder}): a
 * missing part means the current one (the requesting client's session, else the session used
 * last), and every part that is given must name something.
 */
final class Targets {
    private Targets() {}

    static Session session(CommandContext context, String text) throws CommandException {
        return TargetFinder.find(context, text, TargetSpec.Kind.SESSION, false).session();
    }

    static Window window(CommandContext context, String text) throws CommandException {
        return TargetFinder.find(context, text, TargetSpec.Kind.WINDOW, false).window();
    }

    /**
     * Where new-window puts a window: the session and the index of {@code text}, or -1 for the
     * lowest free index when the text names only a session.
     */
    static WindowSlot slot(CommandContext context, String text) throws CommandException {
        TargetFinder.Found found = TargetFinder.find(context, text, TargetSpec.Kind.WINDOW, true);
        return new WindowSlot(found.session(), found.index());
    }

    /** A session and a window index in it, -1 meaning the lowest free one. */
    record WindowSlot(Session session, int index) {}

    static Pane pane(CommandContext context, String text) throws CommandException {
        return TargetFinder.find(context, text, TargetSpec.Kind.PANE, false).pane();
    }
}

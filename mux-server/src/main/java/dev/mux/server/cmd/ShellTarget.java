package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;

/**
 * What run-shell and if-shell share: the pane their -t names (which may fail, and then means none,
 * as tmux's CMD_FIND_CANFAIL), their shell command expanded as a format for it, and where their
 * messages show.
 */
final class ShellTarget {
    private final CommandContext context;
    private final Pane pane;

    private ShellTarget(CommandContext context, Pane pane) {
        this.context = context;
        this.pane = pane;
    }

    static ShellTarget of(CommandContext context, ParsedArgs args) {
        Pane pane;
        try {
            Target target = args.target();
            pane = target == null ? null : target.pane();
        } catch (CommandException e) {
            pane = null;
        }
        return new ShellTarget(context, pane);
    }

    /** The text expanded as a format for the target pane (every variable empty without one). */
    String expand(String text) {
        return context.expand(text, pane);
    }

    /** The requester's directory, where tmux runs a job. */
    String directory() {
        return context.requester().request().cwd();
    }

    /**
     * Shows a line where tmux 3.3a would put it in the pane's view mode: as a message on the status
     * line of the clients of the pane's session (the target's, the requester's, else the most
     * recently used).
     */
    void show(String line) {
        Session session = pane != null ? pane.window().session() : context.attachedSession();
        if (session == null) session = context.sessions().mostRecentlyUsed().orElse(null);
        if (session != null && context.clients().isAttached(session)) context.clients().showMessage(session, line);
    }
}

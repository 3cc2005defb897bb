package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.Winlink;

/** Where new-window and move-window put a window given -a or -b (tmux's winlink_shuffle_up). */
final class WindowPlacement {
    private WindowPlacement() {}

    /**
     * The target's index, or with -a (-b) the index after (before) the target window, else the
     * current one, once the windows from there moved up one.
     */
    static int index(CommandContext context, ParsedArgs args, Target slot) {
        if (!args.has('a') && !args.has('b')) return slot.windowIndex();
        Session session = slot.session();
        Winlink anchor = slot.windowIndex() >= 0 ? session.linkAt(slot.windowIndex()).orElse(null)
                : session.currentLink();
        if (anchor == null) return slot.windowIndex();
        int index = args.has('b') ? anchor.index() : anchor.index() + 1;
        context.sessions().places().shuffleUp(session, index);
        return index;
    }
}

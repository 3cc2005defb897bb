package dev.mux.server.cmd;

import java.util.List;

/**
 * The client a menu or popup shows on, as tmux's target-client of display-menu and display-popup:
 * the one -c names, else the requester when it is attached, else the last client attached to the
 * target's session.
 */
final class OverlayClients {
    private OverlayClients() {}

    static Requester of(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('c')) return context.requester().client(args.value('c'));
        if (context.requester().formatClient() != null && context.attachedSession() != null) return context.requester();
        List<String> attached = context.clients().describe(args.target().session());
        if (attached.isEmpty()) throw new CommandException("no current client");
        return context.requester().client(attached.get(attached.size() - 1));
    }
}

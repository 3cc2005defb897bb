package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;

/** tmux's CMD_FIND_DEFAULT_MARKED: without -s, the marked pane is the source if there is one. */
final class MarkedDefault {
    private MarkedDefault() {}

    static Pane pane(CommandContext context, ParsedArgs args) throws CommandException {
        if (!args.has('s')) {
            var marked = context.sessions().markedPane();
            if (marked.isPresent()) return marked.get();
        }
        return args.source().pane();
    }

    /** The marked pane's window where it was marked, else -s's place. */
    static Winlink link(CommandContext context, ParsedArgs args) throws CommandException {
        if (!args.has('s')) {
            var marked = context.sessions().markedPane();
            if (marked.isPresent()) return marked.get().window().home();
        }
        return args.source().link();
    }

    static Window window(CommandContext context, ParsedArgs args) throws CommandException {
        if (!args.has('s')) {
            var marked = context.sessions().markedPane();
            if (marked.isPresent()) return marked.get().window();
        }
        return args.source().window();
    }
}

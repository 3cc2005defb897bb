package dev.mux.server.cmd;

import dev.mux.server.model.Pane;

/** {@code -P} of the commands that make panes: prints the new one, by {@code -F} or the command's own format. */
final class NewPanePrint {
    /** What split-window, new-window and break-pane print, as tmux's. */
    static final String PANE_FORMAT = "#{session_name}:#{window_index}.#{pane_index}";
    /** What new-session prints. */
    static final String SESSION_FORMAT = "#{session_name}:";

    private NewPanePrint() {}

    static void print(CommandContext context, ParsedArgs args, Pane pane, String defaultFormat) {
        if (!args.has('P')) return;
        context.out().print(context.expand(args.value('F', defaultFormat), pane));
    }
}

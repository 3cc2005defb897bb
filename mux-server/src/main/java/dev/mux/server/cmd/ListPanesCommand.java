package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Winlink;
import java.util.List;

/** list-panes: one line per pane of the target window (-s: of the session, -a: of every session). */
final class ListPanesCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-panes", "lsp", "asF:f:t:", 0, 0,
            "[-as] [-F format] [-f filter] [-t target-window]").target(TargetKind.WINDOW, TargetPolicy.CAN_FAIL),
            ListPanesCommand::run);
    /** tmux 3.3a's line for a pane, after the prefix that says which window it is in. */
    private static final String PANE = "#{pane_index}: [#{pane_width}x#{pane_height}] [history "
            + "#{history_size}/#{history_limit}, #{history_bytes} bytes] #{pane_id}"
            + "#{?pane_active, (active),}#{?pane_dead, (dead),}";
    static final String TEMPLATE = PANE;
    static final String SESSION_TEMPLATE = "#{window_index}." + PANE;
    static final String ALL_TEMPLATE = "#{session_name}:#{window_index}." + PANE;

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        List<Winlink> windows;
        String template;
        if (args.has('a')) {
            windows = context.sessions().all().stream().flatMap(s -> s.winlinks().stream()).toList();
            template = ALL_TEMPLATE;
        } else if (args.has('s')) {
            windows = args.target().session().winlinks();
            template = SESSION_TEMPLATE;
        } else {
            windows = List.of(args.target().link());
            template = TEMPLATE;
        }
        ListFormat list = new ListFormat(context, args, template);
        FormatContext base = FormatContext.of(context.formats());
        for (Winlink link : windows) {
            FormatContext place = base.withLink(link);
            for (Pane pane : link.window().panes()) list.print(place.withPane(pane));
        }
        return CommandResult.DONE;
    }
}

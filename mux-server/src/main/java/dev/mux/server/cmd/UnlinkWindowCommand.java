package dev.mux.server.cmd;

import dev.mux.server.model.Window;
import java.util.List;

/**
 * unlink-window: in mux a window is in one session only (see link-window), so without -k this is
 * tmux's error for a window linked once, and with -k the window is killed, as tmux does then.
 */
final class UnlinkWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("unlink-window", "unlinkw", "kt:", 0, 0,
            "[-k] [-t target-window]", TargetKind.WINDOW), UnlinkWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Window window = args.target().window();
        if (!args.has('k')) throw new CommandException("window only linked to one session");
        return context.stops().killWindows(List.of(window));
    }
}

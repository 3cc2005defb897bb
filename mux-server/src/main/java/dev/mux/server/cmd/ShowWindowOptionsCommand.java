package dev.mux.server.cmd;

/**
 * show-window-options (showw): show-options for window options, a command of its own in tmux: -t
 * names a window, and the listing is the window's set (or with -g the global window options).
 */
final class ShowWindowOptionsCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-window-options", "showw", "gvt:", 0, 1,
            "[-gv] [-t target-window] [option]").target(TargetKind.WINDOW, TargetPolicy.CAN_FAIL),
            (context, args) -> ShowOptionsCommand.show(context, args, true));

    private ShowWindowOptionsCommand() {
    }
}

package dev.mux.server.cmd;

/**
 * set-window-option (setw): set-option for window options, a command of its own in tmux: -t names
 * a window, and a user option goes to the window's set (or with -g the global window options).
 */
final class SetWindowOptionCommand {
    static final Command COMMAND = new Command(new CommandSpec("set-window-option", "setw", "aFgoqt:u", 1, 2,
            "[-aFgoqu] [-t target-window] option [value]").target(TargetKind.WINDOW, TargetPolicy.CAN_FAIL),
            (context, args) -> SetOptionCommand.set(context, args, true));

    private SetWindowOptionCommand() {
    }
}

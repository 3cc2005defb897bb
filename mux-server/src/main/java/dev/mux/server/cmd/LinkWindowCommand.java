package dev.mux.server.cmd;

/**
 * link-window: shows the source window (-s) also at the target index (-t), as move-window places it
 * but without taking it out of where it is, so one window is in several sessions, or twice in one.
 */
final class LinkWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("link-window", "linkw", "abdks:t:", 0, 0,
            "[-abdk] [-s src-window] [-t dst-window]").target(TargetKind.WINDOW_INDEX, TargetPolicy.CAN_FAIL)
            .source(TargetKind.WINDOW), (context, args) -> MoveWindowCommand.run(context, args, true));
}

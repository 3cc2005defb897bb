package dev.mux.server.cmd;

/** detach-client: the requesting client if it is attached, else every client of the target session. */
final class DetachClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("detach-client", "detach", "s:", 0, 0,
            "[-s target-session]").source(TargetKind.SESSION), DetachClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        if (context.attachedSession() != null && !args.has('s')) {
            context.requester().detach();
            return CommandResult.DONE;
        }
        context.clients().detachAll(args.source().session());
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

/**
 * suspend-client: the client gives its terminal back to the shell that started it and stops, as a
 * job does on C-z; the shell's {@code fg} brings it back, redrawn. Without -t it is the client that
 * runs the command. mux clients have no names, so -t names a session: its last attached client.
 */
final class SuspendClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("suspend-client", "suspendc", "t:", 0, 0,
            "[-t target-client]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), SuspendClientCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target client = args.target();
        if (client == null) {
            context.requester().suspend();
        } else {
            context.clients().suspendLast(client.session());
        }
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

/**
 * suspend-client: the client gives its terminal back to the shell that started it and stops, as a
 * job does on C-z; the shell's {@code fg} brings it back, redrawn. Without -t it is the client that
 * runs the command, or run from outside a client the current one; -t names a client.
 */
final class SuspendClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("suspend-client", "suspendc", "t:", 0, 0,
            "[-t target-client]"), SuspendClientCommand::run);

    private SuspendClientCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.requester().targetClient(args.value('t')).suspend();
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

/**
 * detach-client, as tmux 3.3a: the target client (-t, else the current one) must exist even when
 * -s names a session, whose every client is then detached instead (an unknown -s detaches none);
 * -a detaches every client but the target one.
 */
final class DetachClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("detach-client", "detach", "as:t:", 0, 0,
            "[-a] [-s target-session] [-t target-client]").source(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            DetachClientCommand::run);

    private DetachClientCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = context.requester().targetClient(args.value('t'));
        if (args.has('s')) {
            Target session = quietly(args);
            if (session != null) context.clients().detachAll(session.session());
        } else if (args.has('a')) {
            client.detachOthers();
        } else {
            client.detach();
        }
        return CommandResult.DONE;
    }

    private static Target quietly(ParsedArgs args) {
        try {
            return args.source();
        } catch (CommandException unknown) {
            return null;
        }
    }
}

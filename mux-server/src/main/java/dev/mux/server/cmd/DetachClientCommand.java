package dev.mux.server.cmd;

/**
 * detach-client, as tmux 3.3a: the target client (-t, else the current one) must exist even when
 * -s names a session, whose every client is then detached instead (an unknown -s detaches none);
 * -a detaches every client but the target one. With -E each client detached runs that shell
 * command in its terminal in place of itself, and exits with its status; with -P it sends SIGHUP
 * to the process that started it (its shell) as it exits.
 */
final class DetachClientCommand {
    static final Command COMMAND = new Command(new CommandSpec("detach-client", "detach", "aE:s:t:P", 0, 0,
            "[-aP] [-E shell-command] [-s target-session] [-t target-client]").source(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            DetachClientCommand::run);

    private DetachClientCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = context.requester().targetClient(args.value('t'));
        if (args.has('s')) {
            Target session = quietly(args);
            if (session != null) context.clients().detachAll(session.session(), args.value('E'), args.has('P'));
        } else if (args.has('a')) {
            client.detachOthers(args.value('E'), args.has('P'));
        } else {
            client.detachRunning(args.value('E'), args.has('P'));
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

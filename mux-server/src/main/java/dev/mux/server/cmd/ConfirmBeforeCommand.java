package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Session;
import java.util.List;

/**
 * confirm-before: asks on the target client's status line whether to run a command, and runs it
 * only when the next key is y (or Y). The command is parsed first, so one that tmux would reject
 * fails at once, and the question (a format) names its first command ({@code Confirm 'kill-pane'? (y/n)})
 * unless -p gives another. Without -b the reply waits for the answer, as tmux's command queue does.
 */
final class ConfirmBeforeCommand {
    static final Command COMMAND = new Command(new CommandSpec("confirm-before", "confirm", "bp:t:", 1, 1,
            "[-b] [-p prompt] [-t target-client] command"), ConfirmBeforeCommand::run);

    private ConfirmBeforeCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = context.requester().targetClient(args.value('t'));
        String command = args.positional(0);
        List<List<String>> commands = CommandLineSplitter.splitLine(command, EnvironmentParseHost.of(context));
        if (commands.isEmpty()) throw new CommandException("no command given");
        String first = null;
        for (List<String> words : commands) {
            for (List<String> expanded : context.commandTable().aliases().expand(words)) {
                CommandSpec spec = context.commandTable().find(expanded.get(0)).spec();
                ArgsParser.parse(spec, expanded.subList(1, expanded.size()));
                if (first == null) first = spec.name();
            }
        }
        String asked = args.has('p') ? args.value('p') + " " : "Confirm '" + first + "'? (y/n) ";
        Session session = client.attachedSession();
        String question = session == null ? asked
                : Formats.expandWithTime(asked, context.formatContext(session.activePane()));
        if (args.has('b')) {
            client.confirm(question, command, null);
            return CommandResult.DONE;
        }
        if (client.attachedSession() == null) throw new CommandException("no current client");
        // As tmux, a no fails the reply of a client outside any session (the command line's).
        boolean detached = context.requester().attachedSession() == null;
        return context.background().laterWithStatus(reply -> {
            try {
                client.confirm(question, command, yes -> reply.accept(yes || !detached ? 0 : 1));
                return true;
            } catch (CommandException gone) {
                return false;
            }
        });
    }
}

package dev.mux.server.cmd;

import dev.mux.server.input.KeyNames;
import dev.mux.server.model.Pane;
import dev.mux.server.term.Terminal;

/**
 * send-keys: each argument is a key name (Enter, C-c, Up...) or, failing that or with -l, literal
 * text. With -X the first argument names a command of the mode the pane is in ({@code cursor-up}).
 */
final class SendKeysCommand {
    static final Command COMMAND = new Command(new CommandSpec("send-keys", "send", "lXt:", 0, -1,
            "[-lX] [-t target-pane] key ...", TargetKind.PANE), SendKeysCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (args.has('X')) {
            String name = args.positional().isEmpty() ? "" : args.positional().get(0);
            if (!pane.modes().command(name)) throw new CommandException("not in a mode");
            return CommandResult.DONE;
        }
        Terminal terminal = pane.terminal();
        for (byte[] bytes : KeyNames.sendKeysPayload(args.positional(), args.has('l'),
                terminal.applicationCursorKeys(), terminal.applicationKeypad())) {
            pane.type(bytes);
        }
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.term.Terminal;

/** send-keys: each argument is a key name (Enter, C-c, Up...) or, failing that or with -l, literal text. */
final class SendKeysCommand {
    static final Command COMMAND = new Command(new CommandSpec("send-keys", "send", "lt:", 0, -1,
            "[-l] [-t target-pane] key...", TargetKind.PANE), SendKeysCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Terminal terminal = pane.terminal();
        for (byte[] bytes : KeyNames.sendKeysPayload(args.positional(), args.has('l'),
                terminal.applicationCursorKeys(), terminal.applicationKeypad())) {
            pane.write(bytes);
        }
        return CommandResult.DONE;
    }
}

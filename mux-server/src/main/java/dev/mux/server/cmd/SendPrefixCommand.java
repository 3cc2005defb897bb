package dev.mux.server.cmd;

import dev.mux.server.input.KeyReader;
import dev.mux.server.model.Pane;
import java.nio.charset.StandardCharsets;

/** send-prefix: sends the prefix key (-2: the second, prefix2) to a pane, as if typed (the default binding of C-b C-b). */
final class SendPrefixCommand {
    static final Command COMMAND = new Command(new CommandSpec("send-prefix", null, "2t:", 0, 0, "[-2] [-t target-pane]",
            TargetKind.PANE), SendPrefixCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        String prefix = KeyReader.canonical(pane.window().session().options().string(args.has('2') ? "prefix2" : "prefix"));
        if (prefix == null) return CommandResult.DONE;
        pane.type(prefix.getBytes(StandardCharsets.ISO_8859_1));
        return CommandResult.DONE;
    }
}

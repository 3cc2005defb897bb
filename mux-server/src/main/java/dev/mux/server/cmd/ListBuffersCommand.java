package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffer;

/** list-buffers: one line per buffer, newest first: {@code buffer0: 5 bytes: "hello"}. */
final class ListBuffersCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-buffers", "lsb", "", 0, 0, ""),
            ListBuffersCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        for (PasteBuffer buffer : context.buffers().newestFirst()) {
            context.out().print(buffer.name() + ": " + buffer.size() + " bytes: \"" + buffer.sample() + "\"");
        }
        return CommandResult.DONE;
    }
}

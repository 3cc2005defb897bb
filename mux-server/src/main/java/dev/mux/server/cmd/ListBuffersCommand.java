package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffer;

/** list-buffers: one line per buffer, newest first: {@code buffer0: 5 bytes: "hello"}. */
final class ListBuffersCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("list-buffers", "lsb", "", 0, 0, "");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) {
        for (PasteBuffer buffer : context.buffers().newestFirst()) {
            context.print(buffer.name() + ": " + buffer.size() + " bytes: \"" + buffer.sample() + "\"");
        }
        return CommandResult.DONE;
    }
}

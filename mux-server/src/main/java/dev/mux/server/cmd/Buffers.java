package dev.mux.server.cmd;

import dev.mux.server.buffer.BufferException;
import dev.mux.server.buffer.PasteBuffer;

/** The buffer a command's {@code -b} names, or the newest one, with tmux's errors. */
final class Buffers {
    private Buffers() {}

    static PasteBuffer chosen(CommandContext context, ParsedArgs args) throws CommandException {
        String name = args.value('b');
        if (name == null) return context.buffers().top().orElseThrow(() -> new CommandException("no buffers"));
        try {
            return context.buffers().require(name);
        } catch (BufferException e) {
            throw new CommandException(e.getMessage());
        }
    }
}

package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.format.FormatContext;

/** list-buffers: one line per buffer, newest first, in tmux's format ({@code buffer0: 5 bytes: "hello"}) or -F's. */
final class ListBuffersCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-buffers", "lsb", "F:f:", 0, 0,
            "[-F format] [-f filter]"), ListBuffersCommand::run);
    static final String TEMPLATE = "#{buffer_name}: #{buffer_size} bytes: \"#{buffer_sample}\"";

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        ListFormat list = new ListFormat(context, args, TEMPLATE);
        FormatContext base = FormatContext.of(context.formats());
        for (PasteBuffer buffer : context.buffers().newestFirst()) list.print(base.withBuffer(buffer));
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

import dev.mux.server.buffer.BufferException;
import dev.mux.server.buffer.PasteBuffer;
import java.util.Optional;

/**
 * set-buffer: sets a buffer's text (-b names it, else a new automatic buffer is added), -a
 * appending to the named buffer; -n renames a buffer (the newest, or -b's) instead. -w also sends
 * the text to the clipboard of the target client's terminal (-t, else the current client).
 */
final class SetBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("set-buffer", "setb", "ab:t:n:w", 0, 1,
            "[-aw] [-b buffer-name] [-n new-buffer-name] [-t target-client] data"), SetBufferCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String name = args.value('b');
        try {
            if (args.has('n')) {
                Optional<PasteBuffer> buffer = name != null ? context.buffers().get(name) : context.buffers().top();
                context.buffers().rename(buffer.orElseThrow(() -> new CommandException("no buffer")).name(), args.value('n'));
                return CommandResult.DONE;
            }
            String data = args.positional(0);
            if (data == null) throw new CommandException("no data specified");
            // tmux appends only to a buffer named with -b; without it, -a sets a new buffer.
            Optional<PasteBuffer> existing = name == null ? Optional.empty() : context.buffers().get(name);
            String previous = args.has('a') ? existing.map(PasteBuffer::data).orElse("") : "";
            context.buffers().set(name, previous + data);
            if (args.has('w')) Clipboards.send(context, args.value('t'), previous + data);
        } catch (BufferException e) {
            throw new CommandException(e.getMessage());
        }
        return CommandResult.DONE;
    }
}

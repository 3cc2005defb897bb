package dev.mux.server.cmd;

import dev.mux.server.buffer.BufferException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * load-buffer: reads a file, relative to the client's working directory, into a new buffer or
 * into -b's. As tmux 3.3a, a directory loads nothing and is no error; a missing file is named by its
 * full path. -w also sends the text to the clipboard of the target client's terminal (-t, else the
 * current client).
 */
final class LoadBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("load-buffer", "loadb", "b:t:w", 1, 1,
            "[-b buffer-name] [-t target-client] path"), LoadBufferCommand::run);

    private LoadBufferCommand() {
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Path file = Path.of(context.requester().request().cwd()).resolve(args.positional(0)).normalize();
        if (Files.isDirectory(file)) return CommandResult.DONE;
        // A fifo or device would block the server until someone writes it.
        if (Files.exists(file) && !Files.isRegularFile(file)) throw new CommandException(file + ": not a regular file");
        String data;
        try {
            data = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandException(file + ": No such file or directory");
        } catch (IOException e) {
            throw new CommandException(file + ": " + e.getMessage());
        }
        String name = args.value('b');
        if (name == null) {
            context.buffers().add(data);
            if (args.has('w')) Clipboards.send(context, args.value('t'), data);
            return CommandResult.DONE;
        }
        try {
            context.buffers().set(name, data);
            if (args.has('w')) Clipboards.send(context, args.value('t'), data);
        } catch (BufferException e) {
            throw new CommandException(e.getMessage());
        }
        return CommandResult.DONE;
    }
}

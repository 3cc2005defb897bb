package dev.mux.server.cmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * save-buffer: writes a buffer (the newest, or -b's) to a file, relative to the client's working
 * directory, replacing it or with -a appending; {@code -} is the client's standard output.
 */
final class SaveBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("save-buffer", "saveb", "ab:", 1, 1,
            "[-a] [-b buffer-name] path"), SaveBufferCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        String data = Buffers.chosen(context, args).data();
        String path = args.positional(0);
        if (path.equals("-")) {
            context.out().output(data);
            return CommandResult.DONE;
        }
        Path file = Path.of(context.requester().request().cwd()).resolve(path);
        // A fifo or device would block the server until someone reads it.
        if (Files.exists(file) && !Files.isRegularFile(file)) throw new CommandException(path + ": not a regular file");
        StandardOpenOption mode = args.has('a') ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try {
            Files.writeString(file, data, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
        } catch (NoSuchFileException e) {
            throw new CommandException(path + ": No such file or directory");
        } catch (IOException e) {
            throw new CommandException(path + ": " + e.getMessage());
        }
        return CommandResult.DONE;
    }
}

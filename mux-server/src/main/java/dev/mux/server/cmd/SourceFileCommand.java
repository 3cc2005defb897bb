package dev.mux.server.cmd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** source-file: runs the commands of each file; -q says nothing about files that do not exist. */
final class SourceFileCommand {
    static final Command COMMAND = new Command(new CommandSpec("source-file", "source", "q", 1, -1, "[-q] path..."),
            SourceFileCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        int failed = 0;
        for (String name : args.positional()) {
            Path file = Path.of(context.requester().request().cwd()).resolve(name);
            if (args.has('q') && !Files.exists(file)) continue;
            List<String> errors = context.sources().source(file, context);
            errors.forEach(context.out()::error);
            failed += errors.size();
        }
        if (failed > 0) throw new CommandException(failed + (failed == 1 ? " error" : " errors") + " in sourced files");
        return CommandResult.DONE;
    }
}

package dev.mux.server.cmd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * source-file: runs the commands of each file, a path relative to the requester's directory that
 * may be a glob (-F: a format first); -q says nothing about files that do not exist, -n only
 * parses, -v prints each command before it runs.
 */
final class SourceFileCommand {
    static final Command COMMAND = new Command(new CommandSpec("source-file", "source", "Fnqv", 1, -1,
            "[-Fnqv] path ..."),
            SourceFileCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Sourcing.Mode mode = new Sourcing.Mode(args.has('n'), args.has('v'));
        int failed = 0;
        for (String name : args.positional()) {
            if (args.has('F')) name = EnvironmentParseHost.formatContext(context).expand(name);
            Path path = Path.of(context.requester().request().cwd()).resolve(name);
            List<Path> files = PathGlob.isPattern(name) ? PathGlob.expand(path) : List.of(path);
            if (files.isEmpty() || !Files.exists(files.get(0))) {
                if (args.has('q')) continue;
                context.out().error(path + ": No such file or directory");
                failed++;
                continue;
            }
            for (Path file : files) {
                Sourcing.Result result = context.sources().source(file, context, mode);
                // As tmux: a file that does not parse is said on standard output, failed commands on standard error.
                result.syntaxErrors().forEach(context.out()::print);
                result.errors().forEach(context.out()::error);
                failed += result.syntaxErrors().size() + result.errors().size();
            }
        }
        // Each error was said already; the command only fails, as tmux's.
        if (failed > 0) throw new CommandException("");
        return CommandResult.DONE;
    }
}

package dev.mux.server;

import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandParser;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.EnvironmentParseHost;
import dev.mux.server.cmd.Sourcing;
import dev.mux.server.config.ConfigFile;
import java.nio.file.Path;
import java.util.List;

/** source-file within one request: how deep files are nested, bounded as tmux bounds it. */
final class NestedSources implements Sourcing {
    private final CommandTable commands;
    private int depth;

    NestedSources(CommandTable commands) {
        this.commands = commands;
    }

    @Override
    public Result source(Path file, CommandContext context, Mode mode) {
        if (depth >= ConfigFile.MAX_DEPTH) return new Result(List.of(), List.of(file + ": too many nested files"));
        depth++;
        try {
            return ConfigFile.run(file, EnvironmentParseHost.of(context), new ConfigFile.Runner() {
                @Override
                public void run(int line, List<String> words) throws CommandException {
                    if (mode.verbose()) context.out().print(file + ":" + line + ": " + CommandParser.print(List.of(words)));
                    if (!mode.parseOnly()) commands.runOne(words, context);
                }

                @Override
                public String failure(Path failed, int line, String message) {
                    return context.requester().hasClient() ? message : failed + ":" + line + ": " + message;
                }

                @Override
                public void check(List<String> words) throws CommandException {
                    commands.check(words);
                }
            });
        } finally {
            depth--;
        }
    }
}

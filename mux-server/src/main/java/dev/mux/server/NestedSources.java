package dev.mux.server;

import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandTable;
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
    public List<String> source(Path file, CommandContext context) {
        if (depth >= ConfigFile.MAX_DEPTH) return List.of(file + ": too many nested files");
        depth++;
        try {
            return ConfigFile.run(file, words -> commands.runOne(words, context));
        } finally {
            depth--;
        }
    }
}

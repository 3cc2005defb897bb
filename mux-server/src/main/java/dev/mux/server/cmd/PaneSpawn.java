package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import java.util.List;

/**
 * What a new pane runs and where: the shell command (null: the user's shell) and the start
 * directory of {@code -c} (null: the requester's), the latter already expanded as a format.
 */
public record PaneSpawn(String shellCommand, String directory) {
    /** The user's shell in the requester's directory. */
    public static final PaneSpawn SHELL = new PaneSpawn(null, null);

    /**
     * The shell command of the positional arguments and the directory of {@code -c}, a format
     * expanded for {@code current} (tmux reads it against the session's active pane; null when
     * there is none yet, as for a new session, so every variable is empty).
     */
    static PaneSpawn of(CommandContext context, ParsedArgs args, Pane current) {
        String directory = args.value('c');
        if (directory != null) {
            directory = context.expand(directory, current);
        }
        return new PaneSpawn(shellCommand(args.positional()), directory);
    }

    private static String shellCommand(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }
}

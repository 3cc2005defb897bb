package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.input.ArgEscape;
import dev.mux.server.model.Pane;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new pane runs and where: the shell command (null: the session's default-command, else
 * the user's shell), the start directory of {@code -c} (null: the requester's), the latter already
 * expanded as a format, the variables of {@code -e} on top of the session's environment, the
 * requester's environment (null for the config file: update-environment reads it for a new
 * session) and the PATH a pane started for a client that is not attached gets, as tmux's do (null:
 * none), and the command as pane_start_command shows it (null: none given).
 */
public record PaneSpawn(String shellCommand, String directory, Map<String, String> environment,
                        Map<String, String> clientEnvironment, String clientPath, String startCommand) {
    /** The user's shell in the requester's directory. */
    public static final PaneSpawn SHELL = new PaneSpawn(null, null, Map.of(), null, null, null);

    public PaneSpawn {
        environment = Map.copyOf(environment);
    }

    /**
     * The shell command of the positional arguments, the directory of {@code -c}, a format
     * expanded for {@code current} (tmux reads it against the session's active pane; null when
     * there is none yet, as for a new session, so every variable is empty), and each {@code -e}.
     */
    static PaneSpawn of(CommandContext context, ParsedArgs args, Pane current) {
        String directory = args.value('c');
        if (directory != null) {
            directory = context.expand(directory, current);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String assignment : args.values('e')) {
            int equals = assignment.indexOf('=');
            // tmux passes over one without a name or an =.
            if (equals > 0) environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        Requester requester = context.requester();
        Map<String, String> client = requester.hasClient() ? requester.environment() : null;
        String clientPath = client != null && requester.attachedSession() == null ? client.get("PATH") : null;
        return new PaneSpawn(shellCommand(args.positional()), directory, environment, client, clientPath,
                startCommand(args.positional()));
    }

    /** The command as tmux's pane_start_command shows it: each word quoted as tmux quotes arguments. */
    static String startCommand(List<String> words) {
        if (words.isEmpty()) return null;
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (text.length() > 0) text.append(' ');
            text.append(ArgEscape.escape(word));
        }
        return text.toString();
    }

    private static String shellCommand(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }
}

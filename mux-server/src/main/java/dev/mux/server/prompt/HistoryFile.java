package dev.mux.server.prompt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * history-file as tmux 3.3a keeps it: the prompt's history read once the start-up configuration
 * has run and written when the server exits, one {@code type:entry} line per entry (a line without
 * a known type is a command entry, as in older files). A file that cannot be read or written is
 * left alone, as tmux only logs it.
 */
public final class HistoryFile {
    private HistoryFile() {}

    /** The option's file: an absolute path, or {@code ~/} and a path under the home directory; else none. */
    public static Path of(String option, Map<String, String> environment) {
        if (option.startsWith("/")) return Path.of(option);
        String home = environment.get("HOME");
        if (!option.startsWith("~/") || home == null || home.isEmpty()) return null;
        return Path.of(home + option.substring(1));
    }

    public static void load(PromptHistory history, Path file) {
        if (file == null) return;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                String type = colon < 0 ? null : line.substring(0, colon);
                if (type != null && PromptHistory.TYPES.contains(type)) {
                    history.add(type, line.substring(colon + 1));
                } else {
                    history.add("command", line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // As tmux: no history to load is no error.
        }
    }

    public static void save(PromptHistory history, Path file) {
        if (file == null) return;
        StringBuilder text = new StringBuilder();
        for (String type : PromptHistory.TYPES) {
            for (String entry : history.entries(type)) text.append(type).append(':').append(entry).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // As tmux: a history that cannot be kept is no error.
        }
    }
}

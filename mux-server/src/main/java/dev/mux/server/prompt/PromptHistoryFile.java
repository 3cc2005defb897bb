package dev.mux.server.prompt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * history-file, in tmux 3.3a's form: one entry a line, {@code type:entry}, read after the config
 * file and written when the server exits. An absolute path or one under {@code ~/} names the
 * file; any other value none. mux keeps the command prompt's history: a line of another type
 * tmux knows is passed over, a line with no known type is a command entry (tmux's older files).
 */
public final class PromptHistoryFile {
    private static final String COMMAND = "command:";
    private static final List<String> OTHER_TYPES = List.of("search:", "target:", "window-target:");

    private PromptHistoryFile() {}

    /** The file the option names, if any. */
    public static Optional<Path> of(String option, String home) {
        if (option.startsWith("/")) return Optional.of(Path.of(option));
        if (option.startsWith("~/") && home != null) return Optional.of(Path.of(home, option.substring(2)));
        return Optional.empty();
    }

    /** Adds the file's command entries to {@code history}; a missing or unreadable file adds nothing. */
    public static void load(Path file, PromptHistory history) throws IOException {
        if (!Files.isRegularFile(file)) return;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(COMMAND)) {
                history.add(line.substring(COMMAND.length()));
            } else if (OTHER_TYPES.stream().noneMatch(line::startsWith)) {
                history.add(line);
            }
        }
    }

    public static void save(Path file, PromptHistory history) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String entry : history.entries()) lines.add(COMMAND + entry);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}

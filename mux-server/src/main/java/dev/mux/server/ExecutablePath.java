package dev.mux.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command's first word found on a PATH, as execvp(3) finds it; a word with a slash is taken as it is. */
final class ExecutablePath {
    private ExecutablePath() {}

    /** {@code argv} with its first word the file it names on {@code path}, or unchanged when none is there. */
    static List<String> resolve(List<String> argv, String path) {
        String name = argv.get(0);
        if (name.contains("/")) return argv;
        for (String directory : path.split(":", -1)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                List<String> resolved = new ArrayList<>(argv);
                resolved.set(0, candidate.toString());
                return resolved;
            }
        }
        return argv;
    }
}

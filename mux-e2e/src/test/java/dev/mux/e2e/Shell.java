package dev.mux.e2e;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for command lines handed to a shell (tmux runs pane commands through one). */
final class Shell {
    private Shell() {}

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String line(List<String> words) {
        return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}

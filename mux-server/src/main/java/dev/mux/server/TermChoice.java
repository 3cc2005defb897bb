package dev.mux.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The TERM a pane gets: tmux-256color when its terminfo entry is installed (it describes what the
 * emulator implements), else screen-256color, which every ncurses install has.
 */
final class TermChoice {
    static final String PREFERRED = "tmux-256color";
    static final String FALLBACK = "screen-256color";

    private TermChoice() {}

    static String best(Map<String, String> environment) {
        return hasTerminfo(PREFERRED, environment) ? PREFERRED : FALLBACK;
    }

    private static boolean hasTerminfo(String name, Map<String, String> environment) {
        String subdir = name.substring(0, 1);
        String home = environment.get("HOME");
        List<String> roots = home == null
                ? List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo")
                : List.of(home + "/.terminfo", "/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo");
        return roots.stream().anyMatch(root -> Files.exists(Path.of(root, subdir, name)));
    }
}

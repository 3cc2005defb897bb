package dev.mux.server.outer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads a terminal's compiled terminfo entry where ncurses looks for it, with the client's
 * environment: {@code $TERMINFO}, {@code $HOME/.terminfo}, each directory of {@code $TERMINFO_DIRS}
 * (an empty one meaning the system's), then the system's directories. In a directory an entry is
 * under its first letter ({@code x/xterm}), or that letter in hex ({@code 78/xterm}).
 */
public final class TerminfoFiles {
    /** Where Debian's and most distributions' ncurses look when nothing else is named. */
    static final List<String> SYSTEM_DIRECTORIES = List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo");
    /** Far larger than any real entry (xterm's is ~4 KiB); a larger file is not read. */
    private static final long MAX_ENTRY_BYTES = 64 * 1024;

    private TerminfoFiles() {
    }

    /** The capabilities of {@code term}'s entry, or empty if there is none that reads as one. */
    public static Optional<Capabilities> read(String term, Map<String, String> environment) {
        if (term.isEmpty() || term.contains("/") || term.startsWith(".")) return Optional.empty();
        for (String directory : directories(environment)) {
            for (String subdirectory : List.of(term.substring(0, 1), String.format("%02x", (int) term.charAt(0)))) {
                Path file = Path.of(directory, subdirectory, term);
                Optional<Capabilities> caps = readFile(file);
                if (caps.isPresent()) return caps;
            }
        }
        return Optional.empty();
    }

    static List<String> directories(Map<String, String> environment) {
        List<String> directories = new ArrayList<>();
        String terminfo = environment.get("TERMINFO");
        if (terminfo != null && !terminfo.isEmpty()) directories.add(terminfo);
        String home = environment.get("HOME");
        if (home != null && !home.isEmpty()) directories.add(home + "/.terminfo");
        String dirs = environment.get("TERMINFO_DIRS");
        if (dirs != null) {
            for (String directory : dirs.split(":", -1)) {
                if (directory.isEmpty()) directories.addAll(SYSTEM_DIRECTORIES);
                else directories.add(directory);
            }
        }
        directories.addAll(SYSTEM_DIRECTORIES);
        return directories;
    }

    private static Optional<Capabilities> readFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_ENTRY_BYTES) return Optional.empty();
            return Optional.of(CompiledTerminfo.parse(Files.readAllBytes(file)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package dev.mux.e2e;

import java.util.regex.Pattern;

/** What the tests look for in captured screens. */
final class Screens {
    /**
     * A shell prompt at the end of a line: "# " or "$ ", whose trailing blank capture trims; in a
     * client bigger than its window, the line drawn along the window's right edge may follow.
     */
    private static final Pattern PROMPT = Pattern.compile("(?m)[$#]\\s*(\u2502\\s*)?$");

    private Screens() {}

    /**
     * True when some line of {@code screen}, without surrounding blanks (and the window's right edge,
     * drawn in a client bigger than the window), is exactly {@code line}.
     */
    static boolean hasLine(String screen, String line) {
        return screen.lines().anyMatch(l -> l.strip().equals(line) || l.replaceFirst("\u2502\\s*$", "").strip().equals(line));
    }

    static boolean hasPrompt(String screen) {
        return PROMPT.matcher(screen).find();
    }
}

package dev.mux.e2e;

import java.util.regex.Pattern;

/**
 * What the tests look for in captured screens. A client larger than its window shows the window's
 * right edge and dots beyond it on each line (as tmux 3.3a draws it); they are not the pane's.
 */
final class Screens {
    /** A shell prompt at the end of a line: "# " or "$ ", whose trailing blank capture trims. */
    private static final Pattern PROMPT = Pattern.compile("(?m)[$#]\\s*$");
    /** The window's right edge and the fill beyond it, at the end of a line. */
    private static final Pattern WINDOW_EDGE = Pattern.compile("(?m)\u2502\u00b7*$");

    private Screens() {}

    /** True when some line of {@code screen}, without surrounding blanks, is exactly {@code line}. */
    static boolean hasLine(String screen, String line) {
        return withoutWindowEdge(screen).lines().anyMatch(l -> l.strip().equals(line));
    }

    static boolean hasPrompt(String screen) {
        return PROMPT.matcher(withoutWindowEdge(screen)).find();
    }

    private static String withoutWindowEdge(String screen) {
        return WINDOW_EDGE.matcher(screen).replaceAll("");
    }
}

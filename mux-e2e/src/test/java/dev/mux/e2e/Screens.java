package dev.mux.e2e;

import java.util.regex.Pattern;

/** What the tests look for in captured screens. */
final class Screens {
    /** A shell prompt at the end of a line: "# " or "$ ", whose trailing blank capture trims. */
    private static final Pattern PROMPT = Pattern.compile("(?m)[$#]\\s*$");

    private Screens() {}

    /** True when some line of {@code screen}, without surrounding blanks, is exactly {@code line}. */
    static boolean hasLine(String screen, String line) {
        return screen.lines().anyMatch(l -> l.strip().equals(line));
    }

    static boolean hasPrompt(String screen) {
        return PROMPT.matcher(screen).find();
    }
}

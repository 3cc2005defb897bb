package dev.mux.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mouse_* formats of tmux 3.3a in the commands a mouse key runs: the pane under the pointer,
 * its cell there or on the status line, and the word and the line under it, on the pane's screen
 * and in copy mode. The same clicks are typed in two outer terminals, one attached to tmux and one
 * to mux, whose bindings store the formats in a user option that is then compared.
 */
class MouseFormatsDifferentialTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    private static final String ABOUT = "#{mouse_pane}|#{mouse_x}|#{mouse_y}|#{mouse_word}|#{mouse_line}";

    @TempDir
    Path scratch;

    private static String click(int column, int row) {
        return "\033[<0;" + (column + 1) + ";" + (row + 1) + "M" + "\033[<0;" + (column + 1) + ";" + (row + 1) + "m";
    }

    @Test
    void mouseKeysGiveTheirCommandsThePointersPaneCellWordAndLine() throws Exception {
        String text = "printf 'alpha beta/gamma delta\\n'; printf 'x%.0s' $(seq 1 50); printf ' wrapped-word tail\\n';"
                + " printf '  two  spaces\\n'; exec sleep 3600";
        List<List<String>> setup = new ArrayList<>(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w", "-x", "80", "-y", "23", "sleep 3600"),
                List.of("set-option", "-g", "mouse", "on"),
                List.of("split-window", "-h", "-l", "40", "-t", "s", text)));
        // A click within the double-click time of the last is a SecondClick, then a TripleClick key
        // (tmux's rule and mux's): each records the same, so every click records once whatever
        // the timing; the DoubleClick keys that follow a second click are unbound.
        for (String table : List.of("root", "copy-mode")) {
            for (String place : List.of("Pane", "Status", "StatusDefault")) {
                for (String click : List.of("MouseDown1", "SecondClick1", "TripleClick1")) {
                    setup.add(List.of("bind-key", "-T", table, click + place, "set-option", "-gF", "@m", ABOUT));
                }
                setup.add(List.of("unbind-key", "-T", table, "DoubleClick1" + place));
            }
        }
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = AttachedTwins.start(mux, COLUMNS, ROWS, setup)) {
            both.both("4", "display-message", "-p", "-t", "s:0.1", "#{cursor_y}");
            both.same("display-message", "-p", "#{mouse_pane}|#{mouse_x}|#{mouse_word}");
            // On a word of the right pane (which starts at column 40), on a separator, across a wrapped line.
            clickAndCompare(both, 42, 0);
            clickAndCompare(both, 50, 0);
            clickAndCompare(both, 46, 0);
            clickAndCompare(both, 41, 2);
            clickAndCompare(both, 52, 2);
            clickAndCompare(both, 40, 3);
            clickAndCompare(both, 43, 3);
            clickAndCompare(both, 43, 4);
            clickAndCompare(both, 60, 10);
            clickAndCompare(both, 5, 5);
            // The status line: its window list and the rest.
            clickAndCompare(both, 6, ROWS - 1);
            clickAndCompare(both, 20, ROWS - 1);
            // Copy mode: what the mode shows.
            both.same("copy-mode", "-t", "s:0.1");
            clickAndCompare(both, 47, 0);
            clickAndCompare(both, 44, 3);
        }
    }

    /** Clears the option, clicks at the cell on both terminals, and compares what the binding stored. */
    private static void clickAndCompare(AttachedTwins both, int column, int row) {
        both.same("set-option", "-g", "@m", "none");
        both.sendBytes(click(column, row));
        both.bothChange("none", "show-options", "-gv", "@m");
    }
}

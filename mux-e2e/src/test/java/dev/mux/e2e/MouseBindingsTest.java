package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tmux 3.3a's default mouse bindings beyond the wheel and drag, as a user meets them in a real
 * terminal (an outer tmux sending SGR reports): a double click copies the word under the pointer,
 * a triple click the line, dragging a border between panes resizes them, and a click on a window
 * in the status line's window list selects it.
 */
class MouseBindingsTest {
    @TempDir
    Path scratch;

    private static OuterTmux started(MuxHarness mux) throws Exception {
        OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"));
        outer.waitForPrompt();
        mux.mux("set-option", "-g", "mouse", "on").ok();
        Poll.until("mux asking the terminal for SGR mouse reports", () -> outer.display("#{mouse_sgr_flag}"), "1"::equals);
        return outer;
    }

    private static String press(int column, int row) {
        return "\033[<0;" + (column + 1) + ";" + (row + 1) + "M";
    }

    private static String release(int column, int row) {
        return "\033[<0;" + (column + 1) + ";" + (row + 1) + "m";
    }

    private static int rowOf(String screen, String text) {
        List<String> lines = screen.lines().toList();
        for (int row = 0; row < lines.size(); row++) {
            if (lines.get(row).contains(text)) return row;
        }
        throw new AssertionError(text + " not on the screen:\n" + screen);
    }

    @Test
    void doubleClickCopiesTheWordAndTripleClickTheLine() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = started(mux)) {
            outer.type("echo alpha bravo-charlie delta");
            String screen = outer.waitForLine("alpha bravo-charlie delta");
            int row = screen.lines().toList().indexOf("alpha bravo-charlie delta");
            // Both clicks in one write, as a terminal sends them well within tmux's 300 ms.
            outer.sendKeys("-l", press(7, row) + release(7, row) + press(7, row) + release(7, row));
            Poll.until("the double-clicked word copied", () -> mux.mux("show-buffer").out(), "bravo"::equals);
            Poll.until("copy mode left", () -> mux.mux("display-message", "-p", "#{pane_in_mode}").out().strip(), "0"::equals);

            String click = press(2, row) + release(2, row);
            outer.sendKeys("-l", click + click + click);
            // emacs mode-keys (the default): as tmux, the line's newline is not copied.
            Poll.until("the triple-clicked line copied", () -> mux.mux("show-buffer").out(),
                    "alpha bravo-charlie delta"::equals);
        }
    }

    @Test
    void draggingABorderResizesThePanes() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = started(mux)) {
            mux.mux("split-window", "-h", "-t", "demo").ok();
            int border = Integer.parseInt(mux.mux("display-message", "-p", "-t", "demo.0", "#{pane_width}").ok().out().strip());
            outer.sendKeys("-l", press(border, 5) + "\033[<32;" + (border - 9) + ";6M" + release(border - 10, 5));
            Poll.until("the left pane 10 columns narrower",
                    () -> mux.mux("display-message", "-p", "-t", "demo.0", "#{pane_width}").out().strip(),
                    width -> width.equals(Integer.toString(border - 10)));
        }
    }

    @Test
    void clickingAWindowInTheStatusLineSelectsIt() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = started(mux)) {
            mux.mux("new-window", "-t", "demo").ok();
            String screen = outer.waitForScreen("two windows in the status line", s -> s.contains("1:") && s.contains("0:"));
            int row = rowOf(screen, "0:");
            int column = screen.lines().toList().get(row).indexOf("0:");
            assertTrue(row == OuterTmux.ROWS - 1, "the status line is the last row");
            outer.sendKeys("-l", press(column, row) + release(column, row));
            Poll.until("window 0 selected", () -> mux.mux("display-message", "-p", "-t", "demo", "#{window_index}").out().strip(),
                    "0"::equals);
        }
    }
}

package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copy mode, paste buffers and the mouse wheel as a user sees them in a real terminal (an outer tmux). */
class CopyModeTest {
    /** 100 numbered lines: far more than the 29 rows a pane has, so most go to the history. */
    private static final String PRINT_LINES = "seq -f 'line%g' 1 100";
    /** tmux's position indicator at the end of the pane's first row: lines scrolled up / history size. */
    private static final Pattern INDICATOR = Pattern.compile("\\[(\\d+)/(\\d+)]$");

    @TempDir
    Path scratch;

    private static String firstLine(String screen) {
        return screen.lines().findFirst().orElse("").strip();
    }

    private static String screenLine(String screen, int row) {
        List<String> lines = screen.lines().toList();
        return row < lines.size() ? lines.get(row).strip() : "";
    }

    private static int scrolledUp(String screen) {
        var matcher = INDICATOR.matcher(firstLine(screen));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static OuterTmux startWithHistory(MuxHarness mux) throws Exception {
        OuterTmux outer = OuterTmux.start(mux, mux.muxShellLine("new", "-s", "demo"));
        outer.waitForPrompt();
        outer.type(PRINT_LINES);
        outer.waitForLine("line100");
        outer.waitForPrompt();
        assertFalse(Screens.hasLine(outer.capture(), "line30"), "line30 has scrolled off the screen");
        return outer;
    }

    @Test
    void scrollSearchSelectCopyAndPaste() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = startWithHistory(mux)) {
            mux.mux("set-option", "-g", "mode-keys", "vi").ok();

            outer.sendKeys("C-b", "[");
            outer.waitForScreen("copy mode's position indicator at [0/...]", screen -> scrolledUp(screen) == 0);
            outer.sendKeys("PPage");
            outer.sendKeys("PPage");
            String scrolled = outer.waitForScreen("older lines", screen -> Screens.hasLine(screen, "line30"));
            assertEquals(2 * (OuterTmux.ROWS - 1 - 2), scrolledUp(scrolled), "a page is the pane's height less two");

            outer.sendKeys("?");
            outer.waitForScreen("the search prompt on the status line",
                    screen -> screenLine(screen, OuterTmux.ROWS - 1).startsWith("(search up)"));
            outer.sendKeys("-l", "line7");
            outer.sendKeys("Enter");
            outer.waitForScreen("the cursor on the match",
                    screen -> screenLine(screen, Integer.parseInt(outer.display("#{cursor_y}"))).equals("line7"));

            // Enter apart: as tmux's assume-paste-time, a third key within a millisecond of the two
            // before it is taken as pasted, and copy mode takes no pasted keys.
            outer.sendKeys("Space", "$");
            outer.sendKeys("Enter");
            outer.waitForScreen("copy mode ended", screen -> scrolledUp(screen) < 0 && Screens.hasLine(screen, "line100"));
            // As tmux 3.3a: a vi selection that takes the end of its line ($) keeps the line's newline.
            assertEquals("buffer0: 6 bytes: \"line7\\n\"\n", mux.mux("list-buffers").ok().out());
            assertEquals("line7\n", mux.mux("show-buffer").ok().out());

            outer.sendKeys("-l", "echo pasted-");
            outer.sendKeys("C-b", "]");
            outer.sendKeys("Enter");
            outer.waitForLine("pasted-line7");
        }
    }

    @Test
    void draggingWithTheMouseSelectsAndLettingGoCopies() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = startWithHistory(mux)) {
            mux.mux("set-option", "-g", "mouse", "on").ok();
            Poll.until("mux asking the terminal for SGR mouse reports", () -> outer.display("#{mouse_sgr_flag}"), "1"::equals);
            String screen = outer.capture();
            int row = screen.lines().toList().indexOf("line95");
            // SGR reports are 1-based: press on the first cell of line95, drag to the 4th cell of line96, let go.
            outer.sendKeys("-l", "\033[<0;1;" + (row + 1) + "M");
            outer.sendKeys("-l", "\033[<32;1;" + (row + 1) + "M");
            outer.sendKeys("-l", "\033[<32;4;" + (row + 2) + "M");
            outer.sendKeys("-l", "\033[<0;4;" + (row + 2) + "m");
            Poll.until("the dragged text copied", () -> mux.mux("show-buffer").out(), "line95\nlin"::equals);
            outer.waitForScreen("copy mode left", s -> scrolledUp(s) < 0);
        }
    }

    @Test
    void mouseWheelScrollsTheHistoryAndLeavesCopyModeAtTheBottom() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = startWithHistory(mux)) {
            mux.mux("set-option", "-g", "mouse", "on").ok();
            Poll.until("mux asking the terminal for SGR mouse reports", () -> outer.display("#{mouse_sgr_flag}"), "1"::equals);

            // What the terminal sends for the wheel over the pane (SGR reports, as requested).
            String wheelUp = "\033[<64;10;5M";
            String wheelDown = "\033[<65;10;5M";
            // As tmux 3.3a: the first notch enters copy mode (WheelUpPane's copy-mode -e), each further one scrolls five lines.
            for (int notch = 0; notch < 4; notch++) outer.sendKeys("-l", wheelUp);
            String scrolled = outer.waitForScreen("15 lines up", screen -> scrolledUp(screen) == 15);
            assertFalse(Screens.hasLine(scrolled, "line100"));

            for (int notch = 0; notch < 4; notch++) outer.sendKeys("-l", wheelDown);
            outer.waitForScreen("copy mode left at the bottom", screen -> scrolledUp(screen) < 0 && Screens.hasLine(screen, "line100"));
        }
    }

    /**
     * set-clipboard as tmux 3.3a: a copy in copy mode reaches the outer terminal's clipboard as OSC 52
     * (the outer tmux, with its own set-clipboard on, keeps it as its buffer), and with set-clipboard
     * on an OSC 52 from a program in a pane becomes a mux buffer and goes on to the outer terminal.
     */
    @Test
    void copiesAndProgramsReachTheOuterClipboardAsOsc52() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); OuterTmux outer = startWithHistory(mux)) {
            outer.command("set-option", "-s", "set-clipboard", "on");
            mux.mux("set-option", "-s", "terminal-features", "*:clipboard").ok();
            mux.mux("set-option", "-g", "mode-keys", "vi").ok();
            mux.mux("copy-mode", "-t", "demo").ok();
            for (String command : List.of("search-backward line42", "begin-selection", "end-of-line")) {
                List<String> words = new java.util.ArrayList<>(List.of("send-keys", "-t", "demo", "-X"));
                words.addAll(List.of(command.split(" ")));
                mux.mux(words.toArray(String[]::new)).ok();
            }
            mux.mux("send-keys", "-t", "demo", "-X", "copy-selection-and-cancel").ok();
            assertEquals("line42\n", mux.mux("show-buffer").ok().out());
            Poll.until("the copy in the outer terminal's clipboard", () -> outer.command("show-buffer"), "line42\n"::equals);

            mux.mux("set-option", "-s", "set-clipboard", "on").ok();
            outer.type("printf '\\033]52;c;%s\\007' $(printf from-a-program | base64)");
            Poll.until("the program's OSC 52 as a mux buffer", () -> mux.mux("show-buffer").out(), "from-a-program"::equals);
            Poll.until("and in the outer clipboard", () -> outer.command("show-buffer"), "from-a-program"::equals);
        }
    }
}

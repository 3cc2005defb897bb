package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * display-popup as tmux 3.3a draws and runs it: the same popups opened by the same keys in two outer
 * terminals, one attached to tmux and one to mux, must look the same (border lines and styles, title,
 * the program's output, size and place, the cursor), take keys the same way, close the same way
 * (Escape, -E, -EE, -C) and end the command that opened them with the same status; bad sizes and
 * border lines get tmux's errors.
 */
class PopupDifferentialTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path scratch;

    private static AttachedTwins started(MuxHarness mux) throws Exception {
        return AttachedTwins.start(mux, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w", "-x", "80", "-y", "23", "sleep 3600"),
                List.of("split-window", "-h", "-t", "s", "sleep 3600"),
                List.of("set-option", "-g", "status-right", "%%"),
                List.of("bind-key", "-n", "F5", "display-popup", "-w", "40", "-h", "10", "-x", "5", "-y", "15",
                        "-T", "#[align=centre]Title #{window_name}", "printf 'hello\\nworld'; sleep 3600"),
                List.of("bind-key", "-n", "F6", "display-popup", "-EE", "-w", "50%", "-h", "8", "-x", "R", "-y", "S",
                        "-b", "double", "-s", "bg=blue", "-S", "fg=red,bold",
                        "printf 'type: '; head -n 1 | sed 's/^/got /'; exit 1"),
                List.of("bind-key", "-n", "F7", "display-popup", "-E", "-B", "-w", "20", "-h", "5", "-x", "P", "-y", "P",
                        "printf ready; read line; exit 0"),
                List.of("bind-key", "-n", "F8", "display-popup", "-w", "30", "-h", "6", "-x", "10", "-y", "20",
                        "-b", "rounded", "-e", "GREETING=hi there", "-d", "/", "echo \"$GREETING in $PWD\"; sleep 3600"),
                List.of("bind-key", "-n", "F9", "display-popup", "-w", "40", "-h", "10", "-x", "5", "-y", "15",
                        "echo start; cat"),
                List.of("bind-key", "-n", "F10", "display-popup", "echo detach me; exec sleep 3597"),
                List.of("bind-key", "-n", "MouseDown2Pane", "display-popup", "-x", "M", "-y", "M", "-w", "20", "-h", "5",
                        "echo middle; sleep 3600")));
    }

    @Test
    void aPopupDrawsItsBorderTitleAndProgramWhereItsPositionSaysAndEscapeClosesIt() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.sendKeys("F5");
            both.sameScreens(PopupDifferentialTest::drawn, "world");
            sameCursor(both);
            both.sendKeys("x");
            both.sendKeys("Escape");
            closed(both, "world");

            both.sendKeys("F8");
            both.sameScreens(PopupDifferentialTest::drawn, "hi there in /");
            both.sendKeys("C-c");
            closed(both, "hi there");
        }
    }

    @Test
    void keysGoToTheProgramAndDashEClosesOnExitWhileDashEeKeepsAFailure() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("list-keys", "-T", "root", "F6");
            both.sendKeys("F6");
            both.sameScreens(PopupDifferentialTest::drawn, "type:");
            sameCursor(both);
            // With -EE and the program running, Escape is the program's, not a close.
            both.sendKeys("-l", "abc");
            both.sendKeys("Enter");
            both.sameScreens(PopupDifferentialTest::drawn, "got abc");
            both.sendKeys("Escape");
            closed(both, "got abc");

            both.sendKeys("F7");
            both.sameScreens(PopupDifferentialTest::drawn, "ready");
            both.sendKeys("Enter");
            closed(both, "ready");
        }
    }

    @Test
    void theCommandWaitsForThePopupAndEndsWithItsStatusAndBadInputGetsTmuxsErrors() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("display-popup", "-E", "exit 3");
            both.same("display-popup", "-E", "sh", "-c", "exit 5");
            // A program killed by a signal ends the command with the signal's number, not 128 plus it.
            both.same("display-popup", "-E", "kill -TERM $$");
            both.same("display-popup", "-EE", "-w", "30%", "-h", "40%", "true");
            both.same("display-popup", "-w", "0", "true");
            both.same("display-popup", "-w", "81", "true");
            both.same("display-popup", "-h", "101%", "true");
            both.same("display-popup", "-h", "12abc", "true");
            both.same("display-popup", "-b", "wavy", "true");
            both.same("display-popup", "-Z", "true");

            both.sendKeys("F5");
            both.sameScreens(PopupDifferentialTest::drawn, "world");
            // Another popup is not shown while one is; -C closes the one shown.
            both.same("display-popup", "-E", "exit 4");
            both.same("display-popup", "-C");
            closed(both, "world");
        }
    }

    @Test
    void dragsOfTheBorderMoveThePopupAndDragsWithTheThirdButtonResizeIt() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("set-option", "-g", "mouse", "on");
            both.sendBytes("\033[<1;30;10M");
            both.sameScreens(PopupDifferentialTest::drawn, "middle");
            both.sendKeys("Escape");
            closed(both, "middle");
            both.sendKeys("F5");
            both.sameScreens(PopupDifferentialTest::drawn, "world");
            // The top border is on row 6 from column 6 (1-based): press, drag, release. It moves to column 16,
            // row 9; the third button then drags its bottom border to make it 44 by 12.
            both.sendBytes("\033[<0;10;6M\033[<32;11;6M\033[<32;20;9M\033[<0;20;9m");
            both.tmuxTerminal.waitForScreen("the popup moved", screen -> screen.lines().toList().get(9).startsWith("│hello", 15));
            both.sameScreens(PopupDifferentialTest::drawn, "world");
            both.sendBytes("\033[<2;30;18M\033[<34;31;18M\033[<34;60;21M\033[<2;60;21m");
            both.tmuxTerminal.waitForScreen("the popup resized", screen -> screen.lines().toList().get(19).startsWith("└", 15));
            both.sameScreens(PopupDifferentialTest::drawn, "world");
            // A smaller client moves the popup in and shrinks it to fit.
            both.tmuxTerminal.command("resize-window", "-t", "outer", "-x", "50", "-y", "16");
            both.muxTerminal.command("resize-window", "-t", "outer", "-x", "50", "-y", "16");
            both.tmuxTerminal.waitForScreen("the popup moved in", screen -> screen.lines().toList().get(4).startsWith("┌", 6));
            both.sameScreens(PopupDifferentialTest::drawn, "world");
        }
    }

    @Test
    void theRightClickMenuPastesCentresFillsAndMovesTheProgramIntoAPane() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("set-option", "-g", "mouse", "on");
            both.same("set-buffer", "pasted text");
            both.sendKeys("F9");
            both.sameScreens(PopupDifferentialTest::drawn, "start");
            both.sendBytes("\033[<2;10;6M");
            both.sameScreens(PopupDifferentialTest::drawn, "Fill Space");
            assertTrue(both.muxTerminal.capture().contains("Paste buffer0"), "the menu's Paste item");
            both.sendKeys("p");
            both.sameScreens(PopupDifferentialTest::drawn, "pasted text");

            both.sendBytes("\033[<2;10;6M");
            both.sameScreens(PopupDifferentialTest::drawn, "Centre");
            both.sendKeys("C");
            both.tmuxTerminal.waitForScreen("the popup centred", screen -> screen.lines().toList().get(7).startsWith("┌", 20));
            both.sameScreens(PopupDifferentialTest::drawn, "pasted text");

            both.sendBytes("\033[<2;25;8M");
            both.sameScreens(PopupDifferentialTest::drawn, "Fill Space");
            both.sendKeys("F");
            both.tmuxTerminal.waitForScreen("the popup filling", screen -> screen.startsWith("┌"));
            both.sameScreens(PopupDifferentialTest::drawn, "pasted text");

            both.sendBytes("\033[<2;10;1M");
            both.sameScreens(PopupDifferentialTest::drawn, "To Vertical Pane");
            both.sendKeys("v");
            both.both("3", "display-message", "-p", "-t", "s", "#{window_panes}");
            both.sameScreens(PopupDifferentialTest::drawn, "pasted text");
            both.sendKeys("-l", "more");
            both.sameScreens(PopupDifferentialTest::drawn, "pasted textmore");
        }
    }

    @Test
    void closingAPopupWhoseProgramRunsEndsTheProgramAndTheWaitingCommandWithTheHangupStatus() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            int tmux = closedWhileRunning(both.tmuxTerminal, () -> both.twins.tmux("display-popup", "echo waiting; exec sleep 3598"),
                    () -> both.twins.tmux("display-popup", "-C"));
            int ours = closedWhileRunning(both.muxTerminal, () -> both.twins.mux("display-popup", "echo waiting; exec sleep 3598"),
                    () -> both.twins.mux("display-popup", "-C"));
            assertEquals(tmux, ours, "the status of display-popup closed by -C");
            Poll.until("no popup program left", () -> mux.run(List.of("pgrep", "-f", "sleep 3598")).status(), status -> status == 1);

            // A client that detaches takes its popup with it, and the popup's program ends.
            both.sendKeys("F10");
            both.sameScreens(PopupDifferentialTest::drawn, "detach me");
            both.twins.tmux("detach-client", "-s", "s");
            both.twins.mux("detach-client", "-s", "s");
            Poll.until("no popup program left after the detach", () -> mux.run(List.of("pgrep", "-f", "sleep 3597")).status(),
                    status -> status == 1);
        }
    }

    /** Runs {@code open} in the background until the popup shows on {@code terminal}, closes it, and returns the status. */
    private static int closedWhileRunning(OuterTmux terminal, java.util.function.Supplier<Run> open, Runnable close)
            throws Exception {
        java.util.concurrent.CompletableFuture<Run> waiting = java.util.concurrent.CompletableFuture.supplyAsync(open);
        terminal.waitForScreen("the popup", screen -> screen.contains("waiting"));
        close.run();
        terminal.waitForScreen("the popup closed", screen -> !screen.contains("waiting"));
        return waiting.get(20, java.util.concurrent.TimeUnit.SECONDS).status();
    }

    /**
     * A screen as the user sees it: tmux writes a line's trailing blanks where mux erases them, which
     * capture-pane tells apart (blanks kept, and a colour's end before them or at the next line's start),
     * though both look the same.
     */
    private static String drawn(String screen) {
        return SGR_AT_LINE_ENDS.matcher(TRAILING_BLANKS.matcher(screen).replaceAll("\n")).replaceAll("\n");
    }

    private static final Pattern TRAILING_BLANKS = Pattern.compile(" +\n");
    private static final Pattern SGR_AT_LINE_ENDS = Pattern.compile("(\033\\[(?:0|39|49)?m)*\n(\033\\[(?:0|39|49)?m)*");

    /** Waits for the popup showing {@code text} to be gone from both terminals, then for the same screens. */
    private static void closed(AttachedTwins both, String text) {
        both.tmuxTerminal.waitForScreen("the popup closed", screen -> !screen.contains(text));
        both.muxTerminal.waitForScreen("the popup closed", screen -> !screen.contains(text));
        both.sameScreens(PopupDifferentialTest::drawn, "[s]");
    }

    private static void sameCursor(AttachedTwins both) {
        String format = "#{cursor_x},#{cursor_y},#{cursor_flag}";
        Poll.until("the same cursor", () -> both.tmuxTerminal.display(format), cursor -> cursor.equals(both.muxTerminal.display(format)));
        assertEquals(both.tmuxTerminal.display(format), both.muxTerminal.display(format), "the cursor of the popup");
    }
}

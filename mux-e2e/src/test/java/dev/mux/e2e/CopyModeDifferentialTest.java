package dev.mux.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy-mode commands against tmux 3.3a: the same pane text on both servers, the same send-keys -X
 * commands (with -N counts), and the paste buffer each copy leaves must be tmux's; so must whether
 * the pane is still in a mode.
 */
class CopyModeDifferentialTest {
    /** Brackets, blank lines between paragraphs, separators; the last line begins with "last". */
    private static final String PROSE = "printf 'one (two [three] four) five\\n\\nsix, seven; eight\\nnine-ten  eleven.x twelve\\n\\n"
            + "last {a (b) c} end\\n'; exec sleep 600";
    private static final String TEXT = "printf 'alpha beta gamma\\ndelta  epsilon\\n  zeta(eta)theta\\nlast line here\\n'; exec sleep 600";

    @TempDir
    Path scratch;

    @Test
    void emacsMovesSelectionsAndCopies() throws Exception {
        compare("emacs",
                "history-top", "begin-selection", "-N 2 next-word", "copy-selection",
                "cursor-down", "start-of-line", "begin-selection", "end-of-line", "copy-selection-no-clear",
                "clear-selection", "history-top", "cursor-down", "-N 3 cursor-right", "copy-end-of-line",
                "history-top", "begin-selection", "-N 2 cursor-down", "back-to-indentation", "copy-pipe-and-cancel");
    }

    @Test
    void viMovesSelectionsAndCopies() throws Exception {
        compare("vi",
                "history-top", "begin-selection", "next-word-end", "copy-selection",
                "cursor-down", "select-line", "copy-selection",
                "history-top", "-N 2 cursor-down", "begin-selection", "-N 2 next-word", "other-end", "copy-pipe-and-cancel");
    }

    @Test
    void searchesFindTheirTextInEitherDirection() throws Exception {
        compare("vi",
                "history-top", "search-forward eps", "begin-selection", "end-of-line", "copy-selection",
                "history-bottom", "search-backward alpha", "begin-selection", "next-word-end", "copy-selection-and-cancel");
    }

    @Test
    void emacsSearchesLeaveTheCursorAfterAForwardMatchAndCancellingMovesLeaveAtTheBottom() throws Exception {
        compare("emacs",
                "history-top", "search-forward eps", "begin-selection", "end-of-line", "copy-selection",
                "history-top", "cursor-down-and-cancel", "-N 2 cursor-down-and-cancel", "page-down-and-cancel");
    }

    @Test
    void jumpsToACharacterAgainAndBack() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "jump-forward t", "jump-again", "jump-reverse", "jump-to-forward e", "jump-again",
                "jump-to-backward o", "-N 2 jump-again", "begin-selection", "jump-forward ]", "copy-selection",
                "cursor-down", "-N 2 cursor-down", "jump-backward ,", "jump-reverse", "begin-selection",
                "jump-to-forward ;", "copy-selection", "jump-forward z", "jump-backward z");
    }

    @Test
    void rectangleSelectionsCopyColumns() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "cursor-right", "begin-selection", "rectangle-toggle", "-N 3 cursor-right",
                "-N 3 cursor-down", "copy-selection", "history-top", "-N 5 cursor-right", "begin-selection",
                "rectangle-on", "-N 2 cursor-down", "-N 2 cursor-left", "copy-selection-no-clear",
                "rectangle-off", "copy-selection");
        compareOn(PROSE, "emacs", List.of(),
                "history-top", "-N 2 cursor-right", "begin-selection", "rectangle-toggle", "-N 4 cursor-right",
                "-N 2 cursor-down", "copy-selection", "rectangle-toggle", "-N 2 cursor-down", "begin-selection",
                "-N 3 cursor-right", "copy-selection");
    }

    @Test
    void paragraphsBracketsAndTheMark() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "next-paragraph", "next-paragraph", "previous-paragraph", "history-top",
                "-N 4 cursor-right", "next-matching-bracket", "next-matching-bracket", "previous-matching-bracket",
                "start-of-line", "next-matching-bracket", "set-mark", "-N 3 cursor-down", "jump-to-mark",
                "jump-to-mark", "begin-selection", "jump-to-mark", "copy-selection", "history-bottom",
                "previous-paragraph", "-N 2 previous-paragraph");
        compareOn(PROSE, "emacs", List.of(),
                "history-top", "-N 3 cursor-right", "next-matching-bracket", "previous-matching-bracket",
                "next-paragraph", "-N 2 next-paragraph");
    }

    @Test
    void wordsSpacesAndTheirSeparators() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "-N 3 cursor-down", "next-word", "next-word", "next-space", "previous-space",
                "next-space-end", "previous-word", "select-word", "copy-selection", "start-of-line", "select-word",
                "copy-selection", "-N 3 next-word", "select-word", "copy-selection-and-cancel");
        compareOn(PROSE, "vi", List.of("set-option -g word-separators ,;"),
                "history-top", "-N 3 cursor-down", "next-word", "next-word", "next-word-end", "previous-word",
                "select-word", "copy-selection");
    }

    @Test
    void lineCopiesAppendsAndPrefixes() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "copy-line", "cursor-down", "-N 3 copy-line", "-N 2 cursor-right", "copy-end-of-line",
                "-N 2 copy-end-of-line", "begin-selection", "next-word-end", "append-selection",
                "history-top", "begin-selection", "end-of-line", "copy-selection mine", "copy-pipe-line cat pipe",
                "copy-line-and-cancel");
        compareOn(PROSE, "emacs", List.of(),
                "history-top", "copy-line", "-N 2 copy-line", "cursor-right", "copy-end-of-line",
                "begin-selection", "-N 3 cursor-right", "append-selection-and-cancel");
    }

    @Test
    void searchesTakeRegularExpressionsAndHonourWrapSearch() throws Exception {
        compareOn(PROSE, "vi", List.of(),
                "history-top", "search-forward s[ei]", "search-again", "search-again", "search-reverse",
                "search-forward-text s[ei]", "search-backward t.n", "-N 2 search-again", "begin-selection",
                "end-of-line", "copy-selection");
        compareOn(PROSE, "vi", List.of("set-option -g wrap-search off"),
                "history-bottom", "search-forward one", "search-backward last", "-N 3 search-again",
                "search-reverse");
    }

    @Test
    void viewMovesGotoLineAndPosition() throws Exception {
        compareOn("seq 1 40; echo last; exec sleep 600", "vi", List.of(),
                "top-line", "bottom-line", "middle-line", "goto-line 12", "goto-line 999", "goto-line x",
                "-N 3 cursor-right", "top-line", "goto-line 5", "bottom-line", "toggle-position", "stop-selection",
                "begin-selection", "cursor-up", "stop-selection", "-N 3 cursor-up", "copy-selection",
                "search-forward 3", "select-line", "-N 2 select-line", "copy-selection", "other-end",
                "history-top", "begin-selection", "-N 3 other-end", "copy-selection");
    }

    @Test
    void copyModeOfAnotherPanesLinesHidingThePosition() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "c", "-x", "40", "-y", "10", PROSE);
            twins.same("split-window", "-d", "-t", "c", "exec sleep 600");
            twins.sameOnce(out -> out.contains("last"), "capture-pane", "-p", "-t", "c.0");
            twins.same("copy-mode", "-H", "-s", "c.0", "-t", "c.1");
            for (String command : List.of("history-top", "select-line", "copy-selection-and-cancel")) {
                twins.same("send-keys", "-t", "c.1", "-X", command);
                twins.same("show-buffer");
                twins.same("display-message", "-p", "-t", "c.1", "#{pane_in_mode} #{copy_cursor_x},#{copy_cursor_y}");
            }
            twins.same("copy-mode", "-M", "-t", "c.1");
            twins.same("display-message", "-p", "-t", "c.1", "#{pane_in_mode}");
        }
    }

    private void compare(String modeKeys, String... commands) throws Exception {
        compareOn(TEXT, modeKeys, List.of(), commands);
    }

    /** Both servers run {@code shell} in a 40x10 pane, set {@code options}, enter copy mode and run {@code commands}. */
    private void compareOn(String shell, String modeKeys, List<String> options, String... commands) throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "c", "-x", "40", "-y", "10", shell);
            twins.same("set-option", "-g", "mode-keys", modeKeys);
            for (String option : options) twins.same(option.split(" "));
            twins.sameOnce(out -> out.contains("last"), "capture-pane", "-p", "-t", "c");
            twins.same("copy-mode", "-t", "c");
            for (String command : commands) {
                List<String> words = new ArrayList<>(List.of("send-keys", "-t", "c", "-X"));
                words.addAll(List.of(command.split(" ")));
                if (command.startsWith("-N")) {
                    words = new ArrayList<>(List.of("send-keys", "-t", "c"));
                    words.addAll(List.of(command.split(" ", 3)).subList(0, 2));
                    words.add("-X");
                    words.add(command.split(" ", 3)[2]);
                }
                // The command and what it left in one invocation. show-buffer goes alone: tmux 3.3a
                // prints nothing of a list after it, nor it after another command printed.
                words.addAll(List.of(";", "display-message", "-p", "-t", "c", "#{pane_in_mode} " + command
                        + " #{copy_cursor_x},#{copy_cursor_y} #{scroll_position} #{selection_present}"));
                words.addAll(List.of(";", "list-buffers", "-F", "#{buffer_name}"));
                twins.same(words.toArray(String[]::new));
                twins.same("show-buffer");
            }
        }
    }
}

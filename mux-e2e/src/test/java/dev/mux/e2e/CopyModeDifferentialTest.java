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

    private void compare(String modeKeys, String... commands) throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "c", "-x", "40", "-y", "10", TEXT);
            twins.same("set-option", "-g", "mode-keys", modeKeys);
            twins.sameOnce(out -> out.contains("last line"), "capture-pane", "-p", "-t", "c");
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
                twins.same(words.toArray(String[]::new));
                twins.same("show-buffer");
                twins.same("display-message", "-p", "-t", "c", "#{pane_in_mode}");
            }
        }
    }
}

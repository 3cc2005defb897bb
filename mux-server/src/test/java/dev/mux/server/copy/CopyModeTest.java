package dev.mux.server.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyCode;
import dev.mux.server.term.Line;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyModeTest {
    private static final int COLUMNS = 20;
    private static final int ROWS = 5;

    /** A terminal that printed "line 1" to "line N" and then a prompt "$ " on the last row. */
    private static Terminal printed(int lines) {
        Terminal terminal = new Terminal(COLUMNS, ROWS, bytes -> {});
        StringBuilder output = new StringBuilder();
        for (int i = 1; i <= lines; i++) output.append("line ").append(i).append("\r\n");
        output.append("$ ");
        terminal.feed(output.toString().getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static final KeyBindings TABLES = KeyBindings.defaults();

    /**
     * Keys as an attached client's go to copy mode: each looked up in tmux's default copy-mode or
     * copy-mode-vi table, whose binding's send-keys -X commands run (with their -N counts).
     */
    private static CopyMode.Outcome press(CopyMode mode, String... keyNames) {
        CopyMode.Outcome outcome = CopyMode.Outcome.STAY;
        String table = mode.keys() == ModeKeys.VI ? KeyBindings.COPY_VI_TABLE : KeyBindings.COPY_TABLE;
        for (String name : keyNames) {
            KeyBindings.Binding binding = TABLES.lookup(table, KeyCode.parse(name)).orElseThrow(() -> new AssertionError(name));
            for (List<String> words : binding.command()) {
                assertEquals("send-keys", words.get(0), "binding of " + name);
                int x = words.indexOf("-X");
                int repeat = words.contains("-N") ? Integer.parseInt(words.get(words.indexOf("-N") + 1)) : 1;
                List<String> command = words.subList(words.lastIndexOf("-N") > x ? words.lastIndexOf("-N") + 2 : x + 1, words.size());
                for (int i = 0; i < repeat; i++) outcome = CopyModeCommands.run(mode, command.get(0), command.subList(1, command.size()));
            }
        }
        return outcome;
    }

    /** What the search prompts of the tables send when Enter is typed: the command with the text. */
    private static void command(CopyMode mode, String name, String argument) {
        CopyModeCommands.run(mode, name, List.of(argument));
    }

    private static String rowText(CopyMode mode, int row) {
        Line line = mode.viewLine(row);
        return line == null ? null : line.plainText();
    }

    @Test
    void startsAtTheBottomWithTheCursorWhereThePanesWas() {
        CopyMode mode = CopyMode.enter(printed(10).screen(), ModeKeys.VI, false);
        assertEquals(0, mode.offset());
        assertEquals(6, mode.historySize());
        assertEquals(4, mode.cursorRow());
        assertEquals(2, mode.cursorColumn());
        assertEquals("$", rowText(mode, 4));
    }

    @Test
    void cursorUpAtTheTopScrollsIntoHistory() {
        CopyMode mode = CopyMode.enter(printed(10).screen(), ModeKeys.VI, false);
        press(mode, "k", "k", "k", "k");
        assertEquals(0, mode.cursorRow());
        assertEquals(0, mode.offset());
        press(mode, "k", "k");
        assertEquals(2, mode.offset());
        assertEquals("line 5", rowText(mode, 0));
    }

    @Test
    void pagesMoveByTheScreenLessTwoAndStopAtTheEnds() {
        CopyMode mode = CopyMode.enter(printed(20).screen(), ModeKeys.EMACS, false);
        press(mode, "PPage");
        assertEquals(3, mode.offset());
        press(mode, "M-<");
        assertEquals(16, mode.offset());
        assertEquals("line 1", rowText(mode, 0));
        press(mode, "PPage");
        assertEquals(16, mode.offset());
        press(mode, "M->");
        assertEquals(0, mode.offset());
        assertEquals(4, mode.cursorRow());
    }

    @Test
    void theViewStaysAsItWasWhileThePaneGoesOn() {
        Terminal terminal = printed(10);
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        terminal.feed("\r\nmore output\r\nand more\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(6, mode.historySize());
        assertEquals("line 10", rowText(mode, 3));
    }

    @Test
    void viSelectionIncludesTheCursorCellAndEnterCopiesAndExits() {
        CopyMode mode = CopyMode.enter(printed(10).screen(), ModeKeys.VI, false);
        press(mode, "k", "0", "Space", "l", "l", "l");
        assertTrue(mode.selected(3, 0));
        assertTrue(mode.selected(3, 3));
        assertFalse(mode.selected(3, 4));
        CopyMode.Outcome outcome = press(mode, "Enter");
        assertTrue(outcome.exit());
        assertEquals("line", outcome.copied());
    }

    @Test
    void emacsSelectionStopsBeforeTheCursorAndSpansLines() {
        CopyMode mode = CopyMode.enter(printed(10).screen(), ModeKeys.EMACS, false);
        press(mode, "C-p", "C-p", "C-a", "C-Space", "C-n", "C-f", "C-f", "C-f", "C-f");
        CopyMode.Outcome outcome = press(mode, "M-w");
        assertEquals("line 9\nline", outcome.copied());
    }

    @Test
    void copyWithoutSelectionJustLeaves() {
        CopyMode mode = CopyMode.enter(printed(3).screen(), ModeKeys.VI, false);
        CopyMode.Outcome outcome = press(mode, "Enter");
        assertTrue(outcome.exit());
        assertNull(outcome.copied());
        assertTrue(press(CopyMode.enter(printed(3).screen(), ModeKeys.EMACS, false), "q").exit());
        assertFalse(press(CopyMode.enter(printed(3).screen(), ModeKeys.VI, false), "Escape").exit());
    }

    @Test
    void lineSelectionCopiesWholeLinesWithoutTrailingBlanks() {
        CopyMode mode = CopyMode.enter(printed(10).screen(), ModeKeys.VI, false);
        press(mode, "k", "k", "l", "V", "j");
        assertEquals("line 9\nline 10\n", press(mode, "Enter").copied(), "tmux keeps the last newline of a line selection");
    }

    @Test
    void searchUpFindsOlderLinesAndScrollsToThem() {
        CopyMode mode = CopyMode.enter(printed(30).screen(), ModeKeys.VI, false);
        command(mode, "search-backward", "line 3");
        assertEquals("line 30", rowText(mode, mode.cursorRow()));
        press(mode, "n");
        assertEquals("line 3", rowText(mode, mode.cursorRow()));
        assertTrue(mode.offset() > 0);
        press(mode, "N");
        assertEquals("line 30", rowText(mode, mode.cursorRow()));
    }

    @Test
    void searchIgnoresCaseUnlessTheTextHasCapitals() {
        Terminal terminal = new Terminal(COLUMNS, ROWS, bytes -> {});
        terminal.feed("Alpha\r\nalpha\r\nbeta".getBytes(StandardCharsets.UTF_8));
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        press(mode, "g");
        command(mode, "search-forward", "ALPHA");
        assertEquals(0, mode.cursorRow());
        command(mode, "search-forward", "Alpha");
        assertEquals(0, mode.cursorRow(), "the only match is where the cursor is");
        command(mode, "search-forward", "alpha");
        assertEquals(1, mode.cursorRow());
    }

    @Test
    void emacsIncrementalSearchMovesAsYouTypeAndStartsAgainWhenTheTextChanges() {
        CopyMode mode = CopyMode.enter(printed(30).screen(), ModeKeys.EMACS, false);
        command(mode, "search-backward-incremental", "=line 2");
        assertEquals("line 29", rowText(mode, mode.cursorRow()));
        command(mode, "search-backward-incremental", "=line 20");
        assertEquals("line 20", rowText(mode, mode.cursorRow()));
        command(mode, "search-backward-incremental", "=line 2");
        assertEquals("line 29", rowText(mode, mode.cursorRow()), "from where the search began");
        command(mode, "search-backward-incremental", "-line 2");
        assertEquals("line 28", rowText(mode, mode.cursorRow()), "C-r again: the next match up");
    }

    @Test
    void wheelScrollingLeavesAModeEnteredForItAtTheBottom() {
        CopyMode mode = CopyMode.enter(printed(30).screen(), ModeKeys.EMACS, true);
        mode.scrollUp(5);
        mode.scrollUp(5);
        assertEquals(10, mode.offset());
        assertFalse(mode.scrollDown(5).exit());
        assertTrue(mode.scrollDown(5).exit());
    }

    @Test
    void wordMotionsStopAtWordsAndSeparators() {
        Terminal terminal = new Terminal(COLUMNS, ROWS, bytes -> {});
        terminal.feed("ls -la /tmp".getBytes(StandardCharsets.UTF_8));
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        press(mode, "0", "w");
        assertEquals(3, mode.cursorColumn());
        press(mode, "w");
        assertEquals(4, mode.cursorColumn());
        press(mode, "e");
        assertEquals(5, mode.cursorColumn());
        press(mode, "b", "b");
        assertEquals(3, mode.cursorColumn());
    }

    @Test
    void wrappedLinesAreCopiedAsOne() {
        Terminal terminal = new Terminal(10, ROWS, bytes -> {});
        terminal.feed("0123456789abcde\r\nnext".getBytes(StandardCharsets.UTF_8));
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        press(mode, "g", "V", "j", "j");
        // V leaves the cursor at the end of the wrapped line, its second row, so j j reach the blank row after "next".
        assertEquals("0123456789abcde\nnext\n\n", press(mode, "Enter").copied());
    }
}

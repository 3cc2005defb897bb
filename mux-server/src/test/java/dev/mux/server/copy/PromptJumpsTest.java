package dev.mux.server.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * next-prompt and previous-prompt (tmux 3.4's, with its -o) and select-output over the lines a
 * shell marked with OSC 133: A where its prompt starts, C where a command's output starts.
 */
class PromptJumpsTest {
    private static final String PROMPT = "\033]133;A\007$ ";
    private static final String OUTPUT = "\033]133;C\007";

    /** Three commands, with their output, in a pane five rows high: most of it is history. */
    private static CopyMode session() {
        return CopyMode.enter(shell().screen(), ModeKeys.VI, false);
    }

    private static Terminal shell() {
        Terminal terminal = new Terminal(20, 5, bytes -> {});
        String text = PROMPT + "ls\r\n" + OUTPUT + "a\r\nb\r\n"
            + PROMPT + "true\r\n" + OUTPUT
            + PROMPT + "seq 3\r\n" + OUTPUT + "1\r\n2\r\n3\r\n"
            + PROMPT;
        terminal.feed(text.getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static void run(CopyMode mode, String name, String... args) {
        CopyModeCommands.run(mode, name, List.of(args));
    }

    private static String cursorText(CopyMode mode) {
        return mode.viewLine(mode.cursorRow()).plainText();
    }

    @Test
    void previousPromptGoesToEachPromptLineUpToTheOldest() {
        CopyMode mode = session();
        run(mode, "previous-prompt");
        assertEquals("$ seq 3", cursorText(mode));
        assertEquals(0, mode.cursorColumn());
        run(mode, "previous-prompt");
        assertEquals("$ true", cursorText(mode));
        assertEquals(0, mode.cursorRow(), "a line in the history comes to the view's top, as tmux puts it");
        run(mode, "previous-prompt");
        run(mode, "previous-prompt");
        assertEquals("$ ls", cursorText(mode), "no prompt further up: the cursor stays");
        run(mode, "next-prompt");
        assertEquals("$ true", cursorText(mode));
    }

    @Test
    void withDashOTheyGoToWhereOutputStarts() {
        CopyMode mode = session();
        run(mode, "previous-prompt", "-o");
        assertEquals("1", cursorText(mode));
        run(mode, "previous-prompt", "-o");
        assertEquals("$ seq 3", cursorText(mode), "true printed nothing: its output starts on the next prompt's line");
        run(mode, "previous-prompt", "-o");
        assertEquals("a", cursorText(mode));
    }

    @Test
    void selectOutputSelectsTheCommandsOutputWholeLines() {
        CopyMode mode = session();
        run(mode, "previous-prompt");
        run(mode, "previous-prompt");
        run(mode, "previous-prompt");
        run(mode, "select-output");
        assertEquals("a\nb\n", mode.selectedText());
        run(mode, "clear-selection");
        run(mode, "next-prompt");
        run(mode, "next-prompt");
        run(mode, "cursor-down");
        run(mode, "cursor-down");
        run(mode, "select-output");
        assertEquals("1\n2\n3\n", mode.selectedText(), "from inside the output too");
    }

    @Test
    void marksStayOnTheFirstRowOfTheirLineThroughRewrapping() {
        Terminal terminal = shell();
        terminal.resize(4, 5);
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        run(mode, "previous-prompt");
        assertEquals("$ se", cursorText(mode));
        run(mode, "previous-prompt");
        assertEquals("$ tr", cursorText(mode));
        run(mode, "next-prompt", "-o");
        assertEquals("$ se", cursorText(mode));
    }

    @Test
    void withoutMarksNothingMoves() {
        Terminal terminal = new Terminal(20, 5, bytes -> {});
        terminal.feed("$ ls\r\na\r\n$ ".getBytes(StandardCharsets.UTF_8));
        CopyMode mode = CopyMode.enter(terminal.screen(), ModeKeys.VI, false);
        int row = mode.cursorRow();
        run(mode, "previous-prompt");
        run(mode, "select-output");
        assertEquals(row, mode.cursorRow());
        assertNull(mode.selectedText());
    }
}

package dev.mux.server.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.input.KeyReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandPromptTest {
    private final PromptHistory history = new PromptHistory();

    private static CommandPrompt.Outcome type(CommandPrompt prompt, String bytes) {
        CommandPrompt.Outcome last = CommandPrompt.Outcome.EDITED;
        for (KeyReader.Key key : KeyReader.read(bytes.getBytes(StandardCharsets.UTF_8))) last = prompt.handle(key);
        return last;
    }

    @Test
    void typingEditingAndSubmitting() {
        CommandPrompt prompt = new CommandPrompt(":", "", history);
        type(prompt, "new-windw");
        type(prompt, "\u001b[D");
        type(prompt, "o");
        assertEquals(":new-window", prompt.display());
        assertEquals(":new-wind".length() + 1, prompt.cursorCells());
        type(prompt, "\u0005 -d");
        assertEquals(CommandPrompt.Outcome.SUBMITTED, type(prompt, "\r"));
        assertEquals("new-window -d", prompt.text());
    }

    @Test
    void killAndWordDeletionFollowEmacs() {
        CommandPrompt prompt = new CommandPrompt(":", "select-window -t 3", history);
        type(prompt, "\u0017");
        assertEquals("select-window -t ", prompt.text());
        type(prompt, "\u0001\u0006\u0006\u000b");
        assertEquals("se", prompt.text());
        type(prompt, "\u0015");
        assertEquals("", prompt.text());
        type(prompt, "\u007fx\u0008y");
        assertEquals("y", prompt.text());
    }

    @Test
    void wideCharactersCountTwoCellsForTheCursor() {
        CommandPrompt prompt = new CommandPrompt("(name) ", "中文", history);
        assertEquals(7 + 4, prompt.cursorCells());
    }

    @Test
    void upAndDownWalkThroughEarlierEntries() {
        CommandPrompt first = new CommandPrompt(":", "", history);
        type(first, "ls\r");
        CommandPrompt second = new CommandPrompt(":", "", history);
        type(second, "lsw\r");
        CommandPrompt third = new CommandPrompt(":", "", history);
        type(third, "\u001b[A");
        assertEquals("lsw", third.text());
        type(third, "\u001b[A\u001b[A");
        assertEquals("ls", third.text(), "stops at the oldest");
        type(third, "\u001b[B\u001b[B");
        assertEquals("", third.text(), "back to the empty line");
    }

    @Test
    void escapeCancelsAndControlBytesAreNotInserted() {
        assertEquals(CommandPrompt.Outcome.CANCELLED, type(new CommandPrompt(":", "", history), "a\u001b"));
        assertEquals(CommandPrompt.Outcome.CANCELLED, type(new CommandPrompt(":", "", history), "a\u0007"));
        CommandPrompt other = new CommandPrompt(":", "", history);
        type(other, "a\u0002\u0010\u0012b");
        assertEquals("ba", other.text(), "C-b moved left, C-p found no history, C-r was dropped, b went in first");
    }

    private static CommandPrompt.Outcome typeVi(CommandPrompt prompt, String... keys) {
        CommandPrompt.Outcome last = CommandPrompt.Outcome.EDITED;
        for (String key : keys) {
            for (KeyReader.Key read : KeyReader.read(key.getBytes(StandardCharsets.UTF_8))) last = prompt.handle(read, true);
        }
        return last;
    }

    @Test
    void viKeysStartInInsertModeAndEscapeEntersCommandMode() {
        CommandPrompt prompt = new CommandPrompt(":", "", history);
        typeVi(prompt, "rename-window qbc");
        assertEquals(false, prompt.commandMode());
        typeVi(prompt, "\u001b");
        assertEquals(true, prompt.commandMode());
        typeVi(prompt, "$", "h", "h", "h", "x");
        assertEquals("rename-window bc", prompt.text());
        typeVi(prompt, "i", "a");
        assertEquals(false, prompt.commandMode());
        assertEquals("rename-window abc", prompt.text());
        typeVi(prompt, "\u001b", "0", "w", "D");
        assertEquals("rename-window ", prompt.text());
        typeVi(prompt, "b", "e", "C", "x");
        assertEquals("rename-windox", prompt.text());
        assertEquals(CommandPrompt.Outcome.SUBMITTED, typeVi(prompt, "\r"));
    }

    @Test
    void viCommandModeQuitsWithQAndIgnoresOtherLetters() {
        CommandPrompt prompt = new CommandPrompt(":", "abc", history);
        typeVi(prompt, "\u001b", "z", "S", "new");
        assertEquals("new", prompt.text());
        assertEquals(CommandPrompt.Outcome.CANCELLED, typeVi(prompt, "\u001b", "q"));
    }
}

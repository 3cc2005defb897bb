package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineSplitterTest {
    private static List<List<String>> line(String text) throws CommandException {
        return CommandLineSplitter.splitLine(text);
    }

    @Test
    void argumentsSplitAtSemicolonWords() {
        assertEquals(List.of(List.of("new", "-d"), List.of("attach")),
                CommandLineSplitter.splitArguments(List.of("new", "-d", ";", "attach")));
    }

    /** The examples of tmux(1) PARSING SYNTAX, as the shell hands them over. */
    @Test
    void argumentsHonourTrailingAndEscapedSemicolons() {
        assertEquals(List.of(List.of("neww"), List.of("splitw")),
                CommandLineSplitter.splitArguments(List.of("neww;", "splitw")));
        assertEquals(List.of(List.of("neww", "foo;", "bar")),
                CommandLineSplitter.splitArguments(List.of("neww", "foo\\;", "bar")));
        assertEquals(List.of(List.of("neww", "foo-;-bar")),
                CommandLineSplitter.splitArguments(List.of("neww", "foo-;-bar")));
        assertEquals(List.of(List.of("a")), CommandLineSplitter.splitArguments(List.of(";", "a", ";", ";")));
        assertEquals(List.of(), CommandLineSplitter.splitArguments(List.of()));
    }

    @Test
    void lineWordsAndQuotes() throws CommandException {
        assertEquals(List.of(List.of("send-keys", "-t", "main", "echo 'hi'", "Enter")),
                line("send-keys -t main \"echo 'hi'\" Enter"));
        assertEquals(List.of(List.of("display", "a \\n b", "")), line("display 'a \\n b' ''"));
        assertEquals(List.of(List.of("x", "ab c")), line("x a\"b c\""));
    }

    @Test
    void lineSeparatorsAndComments() throws CommandException {
        assertEquals(List.of(List.of("neww"), List.of("splitw"), List.of("kill-server")),
                line("neww ; splitw\n# a comment ; not a command\nkill-server # trailing"));
        assertEquals(List.of(List.of("neww"), List.of("splitw")), line("neww; splitw"));
        assertEquals(List.of(List.of("neww", "foo-;-bar", "x;")), line("neww foo-;-bar x\\;"));
        assertEquals(List.of(List.of("set", "a#b")), line("set a#b"));
        assertEquals(List.of(List.of("set", "joined")), line("set join\\\ned"));
    }

    @Test
    void lineEscapes() throws CommandException {
        assertEquals(List.of(List.of("9;")), line("\\9\\;"));
        assertEquals(List.of(List.of("\033\r\n\t", "\001", "é", "😀", "", "~")),
                line("\"\\e\\r\\n\\t\" \\001 \\u00e9 \\u0001F600 $HOME ~"), "no variables without a host, as unset ones");
    }

    /** tmux 3.3a: the end of the text closes a quote, and a quote spans lines. */
    @Test
    void quotesCloseAtTheEndAndSpanLines() throws CommandException {
        assertEquals(List.of(List.of("a", "b")), line("a 'b"));
        assertEquals(List.of(List.of("a", "b\nc")), line("a \"b\nc\""));
    }

    @Test
    void lineErrors() {
        assertEquals("invalid octal escape: \\400",
                assertThrows(CommandException.class, () -> line("\\400")).getMessage());
        assertThrows(CommandException.class, () -> line("if-shell true {"));
        assertThrows(CommandException.class, () -> line("x \\u12"));
    }
}

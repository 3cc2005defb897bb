package dev.mux.server.render;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.term.CellExtra;
import dev.mux.server.term.Terminal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Underline colours (SGR 58) reach a client's terminal only when it takes them, and then as they
 * are in the pane: the diff is played into our own emulator, standing in for the client.
 */
class FrameExtrasTest {
    private static Terminal terminal(int columns, int rows, String output) {
        Terminal terminal = new Terminal(columns, rows, 0, bytes -> { });
        terminal.feed(output.getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static void assertSameUnderlineColours(Frame expected, Terminal client) {
        Frame shown = Frame.of(client.screen());
        for (int row = 0; row < expected.rows(); row++) {
            for (int column = 0; column < expected.columns(); column++) {
                assertEquals(CellExtra.underlineColour(expected.extra(column, row)),
                    CellExtra.underlineColour(shown.extra(column, row)), "cell " + column + "," + row);
                assertEquals(expected.style(column, row), shown.style(column, row), "cell " + column + "," + row);
            }
        }
    }

    @Test
    void underlineColoursAreSentToATerminalThatTakesThem() {
        Frame frame = Frame.of(terminal(12, 2, "\033[4;58;5;3mab\033[58:2::10:20:30mcd\033[59mef\033[0mg\r\n"
            + "\033[58;5;200mh\033[4:3mij\033[0m").screen());
        Terminal client = terminal(12, 2, "");
        client.feed(FrameDiff.render(null, frame, CellExtrasOutput.ALL));
        assertSameUnderlineColours(frame, client);
    }

    @Test
    void onlyTheChangedUnderlineColourIsRewritten() {
        Frame before = Frame.of(terminal(8, 1, "\033[4;58;5;3mabcd").screen());
        Frame after = Frame.of(terminal(8, 1, "\033[4;58;5;3mab\033[58;5;4mcd").screen());
        Terminal client = terminal(8, 1, "");
        client.feed(FrameDiff.render(null, before, CellExtrasOutput.ALL));
        byte[] change = FrameDiff.render(before, after, CellExtrasOutput.ALL);
        client.feed(change);
        assertSameUnderlineColours(after, client);
        String text = new String(change, StandardCharsets.UTF_8);
        assertFalse(text.contains("ab"), text);
        assertTrue(text.contains("\033[58:5:4m"), text);
    }

    @Test
    void aTerminalThatDoesNotTakeThemIsNotSentSgr58() {
        Frame frame = Frame.of(terminal(8, 1, "\033[4;58;5;3mab\033[58;2;1;2;3mcd\033[59me").screen());
        String sent = new String(FrameDiff.render(null, frame, CellExtrasOutput.NONE), StandardCharsets.UTF_8);
        assertFalse(sent.contains("58"), sent);
        assertFalse(sent.contains("59"), sent);
        assertTrue(sent.contains("abcde"), sent);
    }

    @Test
    void hyperlinksAreSentToATerminalThatTakesThemAndEndedAfterEachUpdate() {
        String link = "\033]8;id=1;http://a/\033\\";
        Frame frame = Frame.of(terminal(10, 2, "x" + link + "ab\033]8;;\033\\c\r\n" + link + "d").screen());
        Terminal client = terminal(10, 2, "");
        byte[] sent = FrameDiff.render(null, frame, CellExtrasOutput.ALL);
        client.feed(sent);
        Frame shown = Frame.of(client.screen());
        assertEquals(null, CellExtra.link(shown.extra(0, 0)));
        assertEquals("http://a/", CellExtra.link(shown.extra(1, 0)).uri());
        assertEquals(CellExtra.link(shown.extra(1, 0)), CellExtra.link(shown.extra(2, 0)));
        assertEquals(null, CellExtra.link(shown.extra(3, 0)));
        assertEquals(CellExtra.link(shown.extra(1, 0)), CellExtra.link(shown.extra(0, 1)), "one id: one link on both rows");
        String text = new String(sent, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\033]8;;\033\\") || text.contains("\033]8;;\033\\\033["), text);
        assertFalse(new String(FrameDiff.render(null, frame, CellExtrasOutput.NONE), StandardCharsets.UTF_8).contains("]8;"));
    }

    @Test
    void aTerminalWithSetulcGetsPaletteUnderlineColoursAsRgbThroughItAsTmuxSendsThem() {
        // tmux's usstyle feature: Setulc takes 0xRRGGBB; palette 3 is 0x808000 and 200 is 0xff00d7 in tmux's table.
        ClientTerminal usstyle = ClientTerminal.build("t", null, List.of("t:usstyle"), List.of("t:clear=\\E[H\\E[2J"),
            String::equals);
        Frame frame = Frame.of(terminal(8, 1, "\033[4;58;5;3ma\033[58;5;200mb\033[58;2;1;2;3mc\033[59md").screen());
        String sent = new String(FrameDiff.render(null, frame, usstyle), StandardCharsets.UTF_8);
        assertTrue(sent.contains("\033[58:2:128:128:0ma\033[58:2:255:0:215mb\033[58:2:1:2:3mc\033[59md"), sent);
        ClientTerminal plain = ClientTerminal.build("t", null, List.of(), List.of("t:clear=\\E[H\\E[2J"), String::equals);
        String none = new String(FrameDiff.render(null, frame, plain), StandardCharsets.UTF_8);
        assertFalse(none.contains("58"), none);
    }
}

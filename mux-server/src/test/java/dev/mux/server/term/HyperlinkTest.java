package dev.mux.server.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * OSC 8 hyperlinks kept per cell. tmux 3.3a has none, so the expected values come from the
 * specification ("Hyperlinks in Terminal Emulators", Egmont Koblinger): {@code OSC 8 ; params ; URI
 * ST} opens, {@code OSC 8 ; ; ST} closes, {@code id=} in params joins cells into one link.
 */
class HyperlinkTest {
    private static final String ESC = "\033";
    private static final String ST = ESC + "\\";

    private static Terminal feed(int columns, int rows, String text) {
        Terminal terminal = new Terminal(columns, rows, 100, bytes -> { });
        terminal.feed(text.getBytes(StandardCharsets.UTF_8));
        return terminal;
    }

    private static String open(String params, String uri) {
        return ESC + "]8;" + params + ";" + uri + ST;
    }

    private static Hyperlink link(Line line, int column) {
        return CellExtra.link(line.extra(column));
    }

    private static String capture(Terminal terminal, boolean escapeControls) {
        Screen screen = terminal.screen();
        CaptureRange range = CaptureRange.resolve("-", "-", screen.historySize(), screen.rows());
        return PaneCapture.capture(screen, range, new CaptureFormat(true, escapeControls, false, false));
    }

    @Test
    void cellsWrittenWhileALinkIsOpenCarryIt() {
        Line line = feed(20, 2, "a" + open("", "http://x.test/") + "bc" + ESC + "]8;;" + ST + "d").screen().line(0);
        assertNull(link(line, 0));
        assertEquals("http://x.test/", link(line, 1).uri());
        assertSame(link(line, 1), link(line, 2), "one link, one object");
        assertNull(link(line, 3));
    }

    @Test
    void aLinkWithAnIdIsOneLinkWhereverItIsWrittenAndOneWithoutIsNew() {
        Line line = feed(20, 2, open("id=7", "http://a/") + "a" + open("", "") + "b" + open("id=7", "http://a/") + "c"
            + open("", "http://a/") + "d" + open("", "http://a/") + "e" + open("id=7", "http://b/") + "f").screen().line(0);
        assertEquals(link(line, 0), link(line, 2));
        assertNull(link(line, 1));
        assertEquals("7", link(line, 0).id());
        assertNotEquals(link(line, 3), link(line, 4), "anonymous links are each their own");
        assertNotEquals(link(line, 0), link(line, 5), "same id, other URI: another link");
    }

    @Test
    void sgrResetKeepsTheLinkAndBadSequencesChangeNothing() {
        Line line = feed(30, 2, open("", "http://a/") + "a" + ESC + "[0mb" + ESC + "]8;id=1" + ST + "c"
            + open("id=1:id=2", "http://b/") + "d" + open("", "http://\u00e9/") + "e" + ESC + "]8" + ST + "f"
            + ESC + "[58;5;3mg").screen().line(0);
        for (int column = 0; column < 7; column++) {
            assertEquals("http://a/", link(line, column).uri(), "column " + column);
        }
        assertEquals(Color.palette(3), CellExtra.underlineColour(line.extra(6)));
        assertEquals("http://a/", link(line, 6).uri(), "an underline colour keeps the link");
    }

    @Test
    void insertingAndDeletingCellsMovesTheirLinks() {
        Line line = feed(10, 2, open("", "http://a/") + "abc" + ESC + "[1;1H" + ESC + "[2@" + ESC + "[1;5H" + ESC + "[P")
            .screen().line(0);
        assertNull(link(line, 0));
        assertNull(link(line, 1));
        assertEquals("http://a/", link(line, 2).uri());
        assertEquals("http://a/", link(line, 3).uri());
        assertNull(link(line, 4), "the third linked cell was deleted");
    }

    @Test
    void linksSurviveHistoryPackingAndRewrapping() {
        StringBuilder text = new StringBuilder(open("id=w", "file:///w") + "wrapped-link" + open("", "") + "\r\n");
        for (int line = 0; line < 60; line++) {
            text.append("line ").append(line).append("\r\n");
        }
        Screen screen = feed(8, 3, text.toString()).screen();
        screen.packHistory();
        assertEquals("file:///w", link(screen.historyLine(0), 0).uri());
        assertEquals("file:///w", link(screen.historyLine(1), 3).uri());
        assertNull(link(screen.historyLine(1), 4));
        screen.resize(20, 3);
        Line joined = screen.historyLine(0);
        assertEquals("wrapped-link", joined.plainText());
        assertEquals("file:///w", link(joined, 11).uri());
        assertNull(link(screen.historyLine(1), 0));
    }

    @Test
    void captureShowsLinksAsTheSpecificationWritesThem() {
        Terminal terminal = feed(20, 2, "a" + open("id=x", "http://a/") + "bc" + open("", "") + "d" + open("", "http://b/")
            + "e\r\n" + "f");
        assertEquals("a" + open("id=x", "http://a/") + "bc" + ESC + "]8;;" + ST + "d" + open("", "http://b/") + "e"
            + ESC + "]8;;" + ST + "\n" + open("", "http://b/") + "f" + ESC + "]8;;" + ST + "\n", capture(terminal, false));
        assertEquals("a\\033]8;id=x;http://a/\\033\\\\bc\\033]8;;\\033\\\\d\\033]8;;http://b/\\033\\\\e\\033]8;;\\033\\\\\n\\033]8;;http://b/\\033\\\\f\\033]8;;\\033\\\\\n",
            capture(terminal, true));
    }
}

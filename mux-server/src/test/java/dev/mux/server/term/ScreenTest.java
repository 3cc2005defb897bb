package dev.mux.server.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenTest {
    private final List<String> replies = new ArrayList<>();

    private Terminal terminal(int columns, int rows) {
        return new Terminal(columns, rows, 100,
            bytes -> replies.add(new String(bytes, StandardCharsets.US_ASCII)));
    }

    private static Screen feed(Terminal terminal, String text) {
        terminal.feed(text.getBytes(StandardCharsets.UTF_8));
        return terminal.screen();
    }

    private static String rows(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static void assertCursor(Screen screen, int column, int row) {
        assertEquals(column + "," + row, screen.cursorColumn() + "," + screen.cursorRow());
    }

    @Test
    void printsAndMovesTheCursor() {
        Screen screen = feed(terminal(10, 3), "ab\r\ncd");
        assertEquals(rows("ab", "cd", ""), screen.captureVisibleText());
        assertCursor(screen, 2, 1);
    }

    @Test
    void lastColumnWaitsForTheNextCharacterBeforeWrapping() {
        Terminal terminal = terminal(4, 3);
        Screen screen = feed(terminal, "abcd");
        assertCursor(screen, 3, 0);
        feed(terminal, "e");
        assertEquals(rows("abcd", "e", ""), screen.captureVisibleText());
        assertTrue(screen.line(0).wrapped());
        assertCursor(screen, 1, 1);
    }

    @Test
    void carriageReturnCancelsPendingWrap() {
        Screen screen = feed(terminal(4, 3), "abcd\rX");
        assertEquals(rows("Xbcd", "", ""), screen.captureVisibleText());
    }

    @Test
    void withoutAutowrapTheLastColumnIsOverwritten() {
        Screen screen = feed(terminal(4, 2), "\033[?7labcdef");
        assertEquals(rows("abcf", ""), screen.captureVisibleText());
    }

    @Test
    void scrollingPushesLinesIntoHistory() {
        Screen screen = feed(terminal(5, 2), "1\r\n2\r\n3\r\n4");
        assertEquals(rows("3", "4"), screen.captureVisibleText());
        assertEquals(2, screen.historySize());
        assertEquals("1", screen.historyLine(0).plainText());
        assertEquals("2", screen.historyLine(1).plainText());
    }

    @Test
    void historyIsLimited() {
        Terminal terminal = new Terminal(5, 2, 3, bytes -> { });
        for (int line = 0; line < 10; line++) {
            feed(terminal, line + "\r\n");
        }
        Screen screen = terminal.screen();
        assertEquals(3, screen.historySize());
        assertEquals("6", screen.historyLine(0).plainText());
        assertEquals("8", screen.historyLine(2).plainText());
    }

    @Test
    void scrollRegionScrollsOnlyItsRowsAndItsTopLineIntoHistoryLikeTmux() {
        Screen screen = feed(terminal(5, 4), "a\r\nb\r\nc\r\nd\033[2;3r\033[3;1H\nX");
        assertEquals(rows("a", "c", "X", "d"), screen.captureVisibleText());
        assertEquals(1, screen.historySize());
        assertEquals("b", screen.historyLine(0).plainText());
    }

    @Test
    void deletedLinesDoNotEnterHistory() {
        Screen screen = feed(terminal(5, 3), "a\r\nb\r\nc\033[H\033[2M");
        assertEquals(rows("c", "", ""), screen.captureVisibleText());
        assertEquals(0, screen.historySize());
    }

    @Test
    void reverseIndexAtTheTopScrollsDown() {
        Screen screen = feed(terminal(5, 3), "a\r\nb\r\nc\033[H\033MX");
        assertEquals(rows("X", "a", "b"), screen.captureVisibleText());
    }

    @Test
    void cursorMovementsClampToTheScreen() {
        Terminal terminal = terminal(10, 5);
        Screen screen = feed(terminal, "\033[3;4H");
        assertCursor(screen, 3, 2);
        feed(terminal, "\033[2A\033[100C");
        assertCursor(screen, 9, 0);
        feed(terminal, "\033[99B\033[3D");
        assertCursor(screen, 6, 4);
        feed(terminal, "\033[2F");
        assertCursor(screen, 0, 2);
        feed(terminal, "\033[5G\033[2d");
        assertCursor(screen, 4, 1);
        feed(terminal, "\033[E\033[65535;65535H");
        assertCursor(screen, 9, 4);
    }

    @Test
    void originModeMakesRowsRelativeToTheRegion() {
        Terminal terminal = terminal(10, 6);
        Screen screen = feed(terminal, "\033[2;5r\033[?6h");
        assertCursor(screen, 0, 1);
        feed(terminal, "\033[10;1H");
        assertCursor(screen, 0, 4);
        feed(terminal, "\033[6n");
        assertEquals(List.of("\033[4;1R"), replies);
    }

    @Test
    void erasesInLineAndDisplay() {
        Terminal terminal = terminal(6, 3);
        Screen screen = feed(terminal, "abcdef\r\nghijkl\r\nmnopqr\033[2;3H\033[K");
        assertEquals(rows("abcdef", "gh", "mnopqr"), screen.captureVisibleText());
        feed(terminal, "\033[1K");
        assertEquals(rows("abcdef", "", "mnopqr"), screen.captureVisibleText());
        feed(terminal, "\033[1;3H\033[1J");
        assertEquals(rows("   def", "", "mnopqr"), screen.captureVisibleText());
        feed(terminal, "\033[3;2H\033[J");
        assertEquals(rows("   def", "", "m"), screen.captureVisibleText());
        feed(terminal, "\033[2J");
        assertEquals(rows("", "", ""), screen.captureVisibleText());
    }

    @Test
    void clearingTheWholeScreenScrollsUsedLinesIntoHistoryLikeTmux() {
        Terminal terminal = terminal(5, 4);
        Screen screen = feed(terminal, "a\r\nb\r\n\033[2J");
        assertEquals(2, screen.historySize());
        feed(terminal, "c\033[H\033[J");
        assertEquals(5, screen.historySize());
        assertEquals("c", screen.historyLine(4).plainText().trim());
        feed(terminal, "d\r\ne\033[2;1H\033[J");
        assertEquals(5, screen.historySize());
        assertEquals(rows("d", "", "", ""), screen.captureVisibleText());
    }

    @Test
    void eraseUsesTheCurrentBackground() {
        Screen screen = feed(terminal(4, 1), "\033[1;41m\033[2K");
        assertEquals(Style.withBackground(Style.DEFAULT, Color.ansi(1)), screen.line(0).style(2));
    }

    @Test
    void insertsAndDeletesCharacters() {
        Terminal terminal = terminal(6, 1);
        Screen screen = feed(terminal, "abcdef\033[1;2H\033[2@");
        assertEquals(rows("a  bcd"), screen.captureVisibleText());
        feed(terminal, "\033[3P");
        assertEquals(rows("acd"), screen.captureVisibleText());
        feed(terminal, "\033[2X");
        assertEquals(rows("a"), screen.captureVisibleText());
    }

    @Test
    void insertModeShiftsTheRestOfTheLine() {
        Screen screen = feed(terminal(6, 1), "abcd\r\033[4hXY\033[4lZ");
        assertEquals(rows("XYZbcd"), screen.captureVisibleText());
    }

    @Test
    void insertsAndDeletesLinesInsideTheRegion() {
        Terminal terminal = terminal(3, 4);
        Screen screen = feed(terminal, "a\r\nb\r\nc\r\nd\033[2;1H\033[L");
        assertEquals(rows("a", "", "b", "c"), screen.captureVisibleText());
        feed(terminal, "\033[2M");
        assertEquals(rows("a", "c", "", ""), screen.captureVisibleText());
    }

    @Test
    void scrollUpAndDownCommands() {
        Terminal terminal = terminal(3, 3);
        Screen screen = feed(terminal, "a\r\nb\r\nc\033[S");
        assertEquals(rows("b", "c", ""), screen.captureVisibleText());
        feed(terminal, "\033[2T");
        assertEquals(rows("", "", "b"), screen.captureVisibleText());
    }

    @Test
    void wideCharactersTakeTwoCells() {
        Screen screen = feed(terminal(5, 2), "\u4e2d\u6587x");
        Line line = screen.line(0);
        assertEquals(2, line.width(0));
        assertEquals(0, line.width(1));
        assertEquals(2, line.width(2));
        assertEquals("x", line.text(4));
        assertEquals(rows("\u4e2d\u6587x", ""), screen.captureVisibleText());
        assertCursor(screen, 4, 0);
    }

    @Test
    void wideCharacterThatDoesNotFitWrapsFirst() {
        Screen screen = feed(terminal(5, 2), "abcd\u4e2d");
        assertEquals(rows("abcd", "\u4e2d"), screen.captureVisibleText());
    }

    @Test
    void overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        Screen screen = feed(terminal(6, 1), "a\u4e2d\u6587\033[1;3Hx\033[1;5Hy");
        assertEquals(rows("a x y"), screen.captureVisibleText());
    }

    @Test
    void asciiOverTheRightHalfOfAWideCharacterInColumnOneKeepsItLikeTmux() {
        Screen screen = feed(terminal(8, 1), "\u4e2d\r\033[Chello");
        assertEquals(rows("\u4e2dhello"), screen.captureVisibleText());
    }

    @Test
    void combiningMarksJoinThePreviousCell() {
        Screen screen = feed(terminal(5, 1), "e\u0301t\u4e2d\u0308");
        assertEquals("e\u0301", screen.line(0).text(0));
        assertEquals("\u4e2d\u0308", screen.line(0).text(2));
        assertEquals(rows("e\u0301t\u4e2d\u0308"), screen.captureVisibleText());
    }

    @Test
    void specialGraphicsKeepTheAsciiByteAndMarkTheStyle() {
        Screen screen = feed(terminal(8, 1), "a\033(0lq\033(Bq\016x\017x");
        assertEquals(rows("alqqxx"), screen.captureVisibleText());
        assertFalse(Style.has(screen.line(0).style(0), Style.DEC_GRAPHICS));
        assertTrue(Style.has(screen.line(0).style(1), Style.DEC_GRAPHICS));
        assertFalse(Style.has(screen.line(0).style(3), Style.DEC_GRAPHICS));
        assertFalse(Style.has(screen.line(0).style(4), Style.DEC_GRAPHICS));
        Screen shifted = feed(terminal(8, 1), "\033)0\016x\017x");
        assertTrue(Style.has(shifted.line(0).style(0), Style.DEC_GRAPHICS));
        assertFalse(Style.has(shifted.line(0).style(1), Style.DEC_GRAPHICS));
    }

    @Test
    void selectGraphicRendition() {
        Screen screen = feed(terminal(10, 1),
            "\033[1;3;4:3;31;48;5;200ma\033[22;23;24;39;49;38:2::1:2:3mb\033[0;7;9;53;95;104mc\033[38;2;4;5;6md");
        long a = screen.line(0).style(0);
        assertTrue(Style.has(a, Style.BOLD) && Style.has(a, Style.ITALIC));
        assertEquals(Style.UNDERLINE_CURLY, Style.underline(a));
        assertEquals(Color.ansi(1), Style.foreground(a));
        assertEquals(Color.palette(200), Style.background(a));
        long b = screen.line(0).style(1);
        assertEquals(Style.withForeground(Style.DEFAULT, Color.rgb(1, 2, 3)), b);
        long c = screen.line(0).style(2);
        assertTrue(Style.has(c, Style.REVERSE) && Style.has(c, Style.STRIKETHROUGH) && Style.has(c, Style.OVERLINE));
        assertEquals(Color.ansi(13), Style.foreground(c));
        assertEquals(Color.ansi(12), Style.background(c));
        assertEquals(Color.rgb(4, 5, 6), Style.foreground(screen.line(0).style(3)));
    }

    @Test
    void invalidExtendedColoursAreReadAsTmuxReadsThem() {
        Screen screen = feed(terminal(4, 1), "\033[31;38;5;999mx\033[31;38;2;300;1;1my");
        assertEquals(Color.DEFAULT, Style.foreground(screen.line(0).style(0)));
        assertEquals(Color.ansi(1), Style.foreground(screen.line(0).style(1)));
        assertTrue(Style.has(screen.line(0).style(1), Style.BOLD));
    }

    @Test
    void tabStops() {
        Terminal terminal = terminal(20, 1);
        Screen screen = feed(terminal, "\t");
        assertCursor(screen, 8, 0);
        feed(terminal, "\033[3g\033[1;4H\033H\033[1;1H\t");
        assertCursor(screen, 3, 0);
        feed(terminal, "\t\t");
        assertCursor(screen, 19, 0);
        feed(terminal, "\033[Z");
        assertCursor(screen, 3, 0);
        feed(terminal, "\033[?5W\033[1;1H\033[2I");
        assertCursor(screen, 16, 0);
    }

    @Test
    void saveAndRestoreCursorWithPen() {
        Terminal terminal = terminal(10, 3);
        Screen screen = feed(terminal, "\033[2;3H\033[31m\0337\033[H\033[0m\0338x");
        assertEquals(Color.ansi(1), Style.foreground(screen.line(1).style(2)));
        feed(terminal, "\033[3;5H\033[s\033[H\033[u");
        assertCursor(screen, 4, 2);
    }

    @Test
    void alternateScreenKeepsTheMainScreenAndAddsNoHistory() {
        Terminal terminal = terminal(5, 2);
        Screen screen = feed(terminal, "main\033[?1049h");
        assertTrue(screen.alternateScreen());
        assertEquals(rows("", ""), screen.captureVisibleText());
        feed(terminal, "1\r\n2\r\n3\r\n4");
        assertEquals(0, screen.historySize());
        feed(terminal, "\033[?1049l");
        assertFalse(screen.alternateScreen());
        assertEquals(rows("main", ""), screen.captureVisibleText());
        assertCursor(screen, 4, 0);
    }

    @Test
    void eraseDisplayThreeClearsHistory() {
        Terminal terminal = terminal(5, 1);
        Screen screen = feed(terminal, "a\r\nb\r\nc");
        assertEquals(2, screen.historySize());
        feed(terminal, "\033[3J");
        assertEquals(0, screen.historySize());
    }

    @Test
    void modesForKeysMouseAndPaste() {
        Terminal terminal = terminal(5, 1);
        Screen screen = feed(terminal, "\033[?1h\033=\033[?2004h\033[?1004h\033[?1002h\033[?1006h\033[?25l");
        assertTrue(screen.modes().applicationCursorKeys());
        assertTrue(screen.modes().applicationKeypad());
        assertTrue(screen.modes().bracketedPaste());
        assertTrue(screen.modes().focusEvents());
        assertEquals(MouseTracking.BUTTON_MOTION, screen.modes().mouseTracking());
        assertEquals(MouseEncoding.SGR, screen.modes().mouseEncoding());
        assertFalse(screen.modes().cursorVisible());
        feed(terminal, "\033[?1l\033>\033[?2004l\033[?1000l\033[?1006l\033[?25h");
        assertFalse(screen.modes().applicationCursorKeys());
        assertFalse(screen.modes().applicationKeypad());
        assertFalse(screen.modes().bracketedPaste());
        assertEquals(MouseTracking.OFF, screen.modes().mouseTracking());
        assertEquals(MouseEncoding.X10, screen.modes().mouseEncoding());
        assertTrue(screen.modes().cursorVisible());
    }

    @Test
    void answersDeviceQueries() {
        feed(terminal(10, 5), "\033[c\033[>c\033[5n\033[3;7H\033[6n\033[0c");
        assertEquals(List.of("\033[?1;2c", "\033[>84;0;0c", "\033[0n", "\033[3;7R", "\033[?1;2c"), replies);
    }

    @Test
    void titleFromOsc() {
        Terminal terminal = terminal(5, 1);
        assertEquals("hello", feed(terminal, "\033]0;hello\007").title());
        assertEquals("w\u00e9", feed(terminal, "\033]2;w\u00e9\033\\").title());
        assertEquals("w\u00e9", feed(terminal, "\033]1;icon\007").title());
    }

    @Test
    void repeatsTheLastCharacter() {
        Screen screen = feed(terminal(8, 1), "ab\033[3b");
        assertEquals(rows("abbbb"), screen.captureVisibleText());
    }

    @Test
    void repeatIsLimitedToAsciiJustPrintedAndToTheRestOfTheLineLikeTmux() {
        assertEquals(rows("ab"), feed(terminal(8, 1), "ab\r\033[3b").captureVisibleText());
        assertEquals(rows("\u4e2d"), feed(terminal(8, 1), "\u4e2d\033[3b").captureVisibleText());
        assertEquals(rows("abbbbbbb", ""), feed(terminal(8, 2), "ab\033[30b").captureVisibleText());
    }

    @Test
    void insertLinesOutsideTheRegionMoveTheRestOfTheScreenLikeTmux() {
        Screen screen = feed(terminal(3, 4), "a\r\nb\r\nc\033[2;3r\033[1;2H\033[L");
        assertEquals(rows("", "a", "b", "c"), screen.captureVisibleText());
        assertCursor(screen, 1, 0);
    }

    @Test
    void aCharacterThatWrapsInInsertModeOverwritesLikeTmux() {
        Screen screen = feed(terminal(3, 2), "\033[2;1Hxy\033[Habc\033[4hde");
        assertEquals(rows("abc", "dey"), screen.captureVisibleText());
    }

    @Test
    void erasingAWholeLineEndsTheWrapIntoIt() {
        Screen screen = feed(terminal(3, 2), "abcd\r\033[K\b");
        assertCursor(screen, 0, 1);
        assertFalse(screen.line(0).wrapped());
    }

    @Test
    void screenAlignmentFillsWithE() {
        Screen screen = feed(terminal(3, 2), "\033#8");
        assertEquals(rows("EEE", "EEE"), screen.captureVisibleText());
    }

    @Test
    void fullResetClearsScreenAndModes() {
        Terminal terminal = terminal(5, 2);
        Screen screen = feed(terminal, "abc\033[?1h\033[31m\033[?1049hx\033c");
        assertFalse(screen.alternateScreen());
        assertFalse(screen.modes().applicationCursorKeys());
        assertEquals(rows("", ""), screen.captureVisibleText());
        assertCursor(screen, 0, 0);
        feed(terminal, "y");
        assertEquals(Style.DEFAULT, screen.line(0).style(0));
    }

    @Test
    void softResetKeepsText() {
        Screen screen = feed(terminal(5, 2), "abc\033[?7l\033[4h\033[!p");
        assertEquals(rows("abc", ""), screen.captureVisibleText());
        assertCursor(screen, 3, 0);
    }

    @Test
    void backspaceReturnsOntoAWrappedLine() {
        Screen screen = feed(terminal(3, 2), "abcd\b\b");
        assertCursor(screen, 2, 0);
    }

    @Test
    void shrinkingKeepsTheCursorLineAndPushesTopLinesToHistory() {
        Terminal terminal = terminal(5, 4);
        Screen screen = feed(terminal, "a\r\nb\r\nc");
        terminal.resize(5, 2);
        assertEquals(rows("b", "c"), screen.captureVisibleText());
        assertCursor(screen, 1, 1);
        assertEquals(1, screen.historySize());
        terminal.resize(5, 4);
        assertEquals(rows("a", "b", "c", ""), screen.captureVisibleText());
        assertCursor(screen, 1, 2);
        assertEquals(0, screen.historySize());
    }

    @Test
    void shrinkingDropsBlankLinesBelowTheCursorFirst() {
        Terminal terminal = terminal(5, 4);
        Screen screen = feed(terminal, "a");
        terminal.resize(3, 2);
        assertEquals(rows("a", ""), screen.captureVisibleText());
        assertEquals(0, screen.historySize());
        assertCursor(screen, 1, 0);
    }

    @Test
    void narrowingRewrapsLinesAndKeepsTheCursorAfterItsCharacter() {
        // tmux 3.3a: the wide character moves whole to the next row, the pending wrap stays after 'd'.
        Terminal terminal = terminal(6, 2);
        Screen screen = feed(terminal, "ab\u4e2dcd");
        terminal.resize(3, 2);
        assertEquals(rows("d", ""), screen.captureVisibleText());
        assertEquals(2, screen.historySize());
        assertEquals("\u4e2dc", screen.historyLine(1).plainText());
        assertCursor(screen, 1, 0);
    }

    @Test
    void resizeInAlternateScreenResizesBoth() {
        Terminal terminal = terminal(5, 3);
        Screen screen = feed(terminal, "a\r\nb\r\nc\033[?1049h");
        terminal.resize(4, 2);
        feed(terminal, "\033[?1049l");
        assertEquals(4, screen.line(0).columns());
        assertEquals(rows("b", "c"), screen.captureVisibleText());
        assertCursor(screen, 1, 1);
    }
}

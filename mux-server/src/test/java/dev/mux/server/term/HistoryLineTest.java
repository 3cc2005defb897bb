package dev.mux.server.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact form of history lines: a {@link HistoryLine} must read exactly as the full
 * {@link ScreenLine} it was made from, and a line pulled back onto the screen must be that line.
 */
class HistoryLineTest {
    private static final long RED = Style.withForeground(Style.DEFAULT, Color.ansi(1));
    private static final long BOLD_BLUE =
        Style.with(Style.withForeground(Style.DEFAULT, Color.ansi(4)), Style.BOLD, true);
    private static final long GREEN_BACKGROUND = Style.withBackground(Style.DEFAULT, Color.ansi(2));
    private static final int CJK = 0x4E2D;
    private static final int EMOJI = 0x1F600;
    private static final int ACUTE = 0x301;

    /** Every cell read through the public API, compared with the full line it was made from. */
    private static void assertReadsAs(Line expected, Line actual) {
        assertEquals(expected.columns(), actual.columns(), "columns");
        assertEquals(expected.used(), actual.used(), "used");
        assertEquals(expected.wrapped(), actual.wrapped(), "wrapped");
        assertEquals(expected.promptMarks(), actual.promptMarks(), "prompt marks");
        assertEquals(expected.plainText(), actual.plainText(), "plainText");
        for (int column = 0; column < expected.columns(); column++) {
            assertEquals(expected.codePoint(column), actual.codePoint(column), "code point at " + column);
            assertEquals(expected.style(column), actual.style(column), "style at " + column);
            assertEquals(expected.width(column), actual.width(column), "width at " + column);
            assertEquals(expected.text(column), actual.text(column), "text at " + column);
            assertEquals(expected.extra(column), actual.extra(column), "extra at " + column);
        }
    }

    private static void write(ScreenLine line, int column, String text, long style) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            int width = WcWidth.of(codePoint) == 2 ? 2 : 1;
            line.write(column, codePoint, style, width);
            column += width;
            index += Character.charCount(codePoint);
        }
    }

    @Test
    void underlineColoursAndHyperlinksReadBackAndSurvivePacking() {
        ScreenLine line = new ScreenLine(12);
        write(line, 0, "link here", RED);
        CellExtra link = new CellExtra(Color.DEFAULT, new Hyperlink("a", "https://example.com/\u00e9", 0));
        CellExtra colour = new CellExtra(Color.rgb(1, 2, 3), null);
        line.putExtra(0, 4, link);
        line.putExtra(5, 2, colour);
        line.putExtra(7, 2, new CellExtra(Color.palette(9), link.link()));
        line.putExtra(10, 1, link);
        line.addPromptMarks(Line.PROMPT_START | Line.OUTPUT_START);

        HistoryLine history = HistoryLine.of(line);
        assertReadsAs(line, history);
        assertEquals(link, history.extra(10), "an extra on a blank past the text is kept");
        HistoryLine unpacked = PackedLines.pack(new HistoryLine[] {history}, 0, 1).unpack()[0];
        assertReadsAs(line, unpacked);
    }

    @Test
    void mixedStylesReadBackCellByCell() {
        ScreenLine line = new ScreenLine(30);
        write(line, 0, "ls ", Style.DEFAULT);
        write(line, 3, "dir", BOLD_BLUE);
        write(line, 6, "/", Style.DEFAULT);
        write(line, 8, "error", RED);
        write(line, 13, "!", BOLD_BLUE);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(BOLD_BLUE, compact.style(3));
        assertEquals(BOLD_BLUE, compact.style(5));
        assertEquals(Style.DEFAULT, compact.style(6));
        assertEquals(RED, compact.style(12));
        assertEquals(BOLD_BLUE, compact.style(13));
        assertEquals(Style.DEFAULT, compact.style(14));
        assertEquals("ls dir/ error!", compact.plainText());
        assertEquals(14, compact.used());
    }

    @Test
    void aLineInOneStyleReadsBackWithItsTrailingDefaultCells() {
        ScreenLine line = new ScreenLine(10);
        write(line, 0, "red", RED);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(RED, compact.style(2));
        assertEquals(Style.DEFAULT, compact.style(3));
        assertEquals(' ', compact.codePoint(9));
    }

    @Test
    void wideAndNonLatin1CharactersKeepTheirCodePoints() {
        ScreenLine line = new ScreenLine(12);
        write(line, 0, "\u4E2D\u00E9\u03A9\uD83D\uDE00\u00FFx", RED);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(CJK, compact.codePoint(0));
        assertEquals(2, compact.width(0));
        assertEquals(Line.WIDE_CONTINUATION, compact.codePoint(1));
        assertEquals(0, compact.width(1));
        assertEquals("", compact.text(1));
        assertEquals(0xE9, compact.codePoint(2));
        assertEquals(0x3A9, compact.codePoint(3));
        assertEquals(EMOJI, compact.codePoint(4));
        assertEquals("\uD83D\uDE00", compact.text(4));
        assertEquals(0xFF, compact.codePoint(6));
        assertEquals("\u4E2D\u00E9\u03A9\uD83D\uDE00\u00FFx", compact.plainText());
    }

    @Test
    void latin1CodePointsAboveTheSignBitReadBackUnsigned() {
        ScreenLine line = new ScreenLine(6);
        write(line, 0, "\u00E9t\u00E9\u00FF\u0080", Style.DEFAULT);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(0xE9, compact.codePoint(0));
        assertEquals(0xFF, compact.codePoint(3));
        assertEquals(0x80, compact.codePoint(4));
    }

    @Test
    void anOrphanedContinuationCellStaysAContinuationCell() {
        ScreenLine line = new ScreenLine(8);
        write(line, 0, "\u4E2Dab", Style.DEFAULT);
        line.erase(0, 1, Style.DEFAULT); // tmux leaves the right half behind

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(' ', compact.codePoint(0));
        assertEquals(Line.WIDE_CONTINUATION, compact.codePoint(1));
        assertEquals(0, compact.width(1));
    }

    @Test
    void combiningMarksStayOnTheirCells() {
        ScreenLine line = new ScreenLine(10);
        write(line, 0, "e", Style.DEFAULT);
        line.addCombining(0, ACUTE);
        write(line, 1, "\u4E2D", RED);
        line.addCombining(1, 0x20DD);
        write(line, 5, " ", Style.DEFAULT); // a space whose mark makes it more than a blank
        line.addCombining(5, ACUTE);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals("e\u0301", compact.text(0));
        assertEquals("\u4E2D\u20DD", compact.text(1));
        assertEquals(" \u0301", compact.text(5));
        assertEquals(" ", compact.text(4));
        assertEquals(" ", compact.text(6));
    }

    @Test
    void cellsErasedWithABackgroundBeyondTheUsedOnesKeepTheirStyle() {
        ScreenLine line = new ScreenLine(20);
        write(line, 0, "ab", Style.DEFAULT);
        line.erase(5, 12, GREEN_BACKGROUND);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(2, compact.used());
        assertEquals(20, compact.columns());
        assertEquals(Style.DEFAULT, compact.style(4));
        assertEquals(GREEN_BACKGROUND, compact.style(5));
        assertEquals(GREEN_BACKGROUND, compact.style(11));
        assertEquals(Style.DEFAULT, compact.style(12));
        assertEquals(' ', compact.codePoint(8));
        assertEquals("ab", compact.plainText());
    }

    @Test
    void aWhollyBackgroundColouredBlankLineKeepsItsColour() {
        ScreenLine line = new ScreenLine(8);
        line.reset(GREEN_BACKGROUND);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(GREEN_BACKGROUND, compact.style(7));
        assertEquals(0, compact.used());
        assertEquals("", compact.plainText());
    }

    @Test
    void aBlankLineKeepsItsWidth() {
        ScreenLine line = new ScreenLine(80);

        HistoryLine compact = HistoryLine.of(line);

        assertReadsAs(line, compact);
        assertEquals(80, compact.columns());
    }

    @Test
    void theWrappedFlagIsKeptAndChangingItSharesNothingMutable() {
        ScreenLine line = new ScreenLine(4);
        write(line, 0, "abcd", Style.DEFAULT);
        line.setWrapped(true);

        HistoryLine compact = HistoryLine.of(line);
        HistoryLine unwrapped = compact.withWrapped(false);

        assertReadsAs(line, compact);
        assertTrue(compact.wrapped());
        assertFalse(unwrapped.wrapped());
        assertEquals("abcd", unwrapped.plainText());
        assertSame(compact, compact.withWrapped(true));
    }

    @Test
    void aHistoryLineIsItsOwnCopy() {
        ScreenLine line = new ScreenLine(4);
        write(line, 0, "ab", RED);
        HistoryLine compact = HistoryLine.of(line);

        assertSame(compact, compact.copy());
    }

    @Test
    void aHistoryLineIsNotChangedByReusingTheScreenRowItCameFrom() {
        ScreenLine line = new ScreenLine(6);
        write(line, 0, "abc", RED);
        line.addCombining(0, ACUTE);
        ScreenLine before = line.copy();
        HistoryLine compact = HistoryLine.of(line);

        line.reset(GREEN_BACKGROUND);
        write(line, 0, "xyz", Style.DEFAULT);

        assertReadsAs(before, compact);
    }

    @Test
    void aFrozenRowReadsAsTheRowDidAndKeepsWhileTheRowChanges() {
        Terminal terminal = new Terminal(2000, 3, 100, reply -> { });
        Screen screen = terminal.screen();
        feed(terminal, "\033[31mred\033[m \u4E2D\u0301\u00E9\033[42m\033[K\033[m\r\nplain");
        Line fullCopy = screen.line(0).copy();

        Line frozen = screen.frozenLine(0);
        feed(terminal, "\033[1;1Hchanged\033[2J");

        assertReadsAs(fullCopy, frozen);
    }

    @Test
    void aLinePulledBackOntoTheScreenIsTheLineThatLeftIt() {
        Terminal terminal = new Terminal(10, 3, 100, reply -> { });
        Screen screen = terminal.screen();
        feed(terminal, "\033[31mred\033[m \u4E2D\u0301\u00E9\u03A9\033[42m\033[K\r\n");
        Line leaving = screen.line(0).copy();
        feed(terminal, "two\r\nthree\r\nfour");
        assertEquals(1, screen.historySize());

        screen.resize(10, 4);

        assertEquals(0, screen.historySize());
        assertReadsAs(leaving, screen.line(0));
        assertEquals("four", screen.line(3).plainText());
        feed(terminal, "\033[1;1HR"); // the pulled-back line is editable again
        assertEquals("Red \u4E2D\u0301\u00E9\u03A9", screen.line(0).plainText());
    }

    @Test
    void aLinePulledBackIntoAWiderScreenIsPaddedWithDefaultBlanks() {
        Terminal terminal = new Terminal(6, 2, 100, reply -> { });
        Screen screen = terminal.screen();
        feed(terminal, "\033[44mabcdef\033[m\r\ng");
        Line wrappedLine = screen.line(0).copy();
        feed(terminal, "\r\nh\r\ni");
        assertEquals(2, screen.historySize());

        screen.resize(9, 4);

        Line pulled = screen.line(0);
        assertEquals(9, pulled.columns());
        assertFalse(pulled.wrapped());
        assertEquals(wrappedLine.used(), pulled.used());
        for (int column = 0; column < 6; column++) {
            assertEquals(wrappedLine.codePoint(column), pulled.codePoint(column));
            assertEquals(wrappedLine.style(column), pulled.style(column));
        }
        for (int column = 6; column < 9; column++) {
            assertEquals(' ', pulled.codePoint(column));
            assertEquals(Style.DEFAULT, pulled.style(column));
        }
        assertEquals("g", screen.line(1).plainText());
    }

    @Test
    void scrollingReusesTheRowThatLeftTheTop() {
        Terminal terminal = new Terminal(5, 2, 100, reply -> { });
        Screen screen = terminal.screen();
        feed(terminal, "top\r\nbottom");
        Line top = screen.line(0);

        feed(terminal, "\r\n");

        assertSame(top, screen.line(1));
        assertEquals("", screen.line(1).plainText());
        assertEquals("top", screen.historyLine(0).plainText());
    }

    @Test
    void copyModesSnapshotKeepsTheWrappingHistoryLaterEnds() {
        Terminal terminal = new Terminal(4, 2, 100, reply -> { });
        Screen screen = terminal.screen();
        feed(terminal, "abcdef\r\n"); // "abcd" wraps into "ef", then scrolls into history
        Line snapshot = screen.historyLine(0).copy();
        assertTrue(snapshot.wrapped());

        feed(terminal, "\033[1;1H\033[2K"); // blanking row 0 ends the wrapping into it

        assertFalse(screen.historyLine(0).wrapped());
        assertTrue(snapshot.wrapped());
        assertNotSame(snapshot, screen.historyLine(0));
        assertEquals("abcd", screen.historyLine(0).plainText());
    }

    @Test
    void blankingAgainLeavesNoTouchedCellBehind() {
        ScreenLine line = new ScreenLine(8);
        write(line, 0, "abcdef", RED);
        line.reset(Style.DEFAULT);
        assertAllBlank(line, Style.DEFAULT);

        line.erase(2, 4, GREEN_BACKGROUND);
        line.reset(GREEN_BACKGROUND);
        assertAllBlank(line, GREEN_BACKGROUND);
        write(line, 3, "x", Style.DEFAULT);
        line.reset(GREEN_BACKGROUND);
        assertAllBlank(line, GREEN_BACKGROUND);
        line.reset(Style.DEFAULT);
        assertAllBlank(line, Style.DEFAULT);
        assertTrue(line.untouched());
    }

    /**
     * Random edits of a screen line: after each, the compact form and the line pulled back from it
     * read as the line itself, and the cells past the touched ones are what a reset left.
     */
    @Test
    void randomEditsCompactAndExpandToTheSameLine() {
        int[] characters = {'a', ' ', 0xE9, 0xFF, 0x3A9, CJK, EMOJI, '-'};
        long[] styles = {Style.DEFAULT, RED, BOLD_BLUE, GREEN_BACKGROUND};
        java.util.Random random = new java.util.Random(42);
        ScreenLine line = new ScreenLine(12);
        for (int step = 0; step < 20_000; step++) {
            int columns = line.columns();
            int column = random.nextInt(columns);
            long style = styles[random.nextInt(styles.length)];
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> {
                    int codePoint = characters[random.nextInt(characters.length)];
                    int width = WcWidth.of(codePoint) == 2 ? 2 : 1;
                    if (column + width <= columns) {
                        line.write(column, codePoint, style, width);
                    }
                }
                case 3 -> line.erase(column, column + random.nextInt(5), style);
                case 4 -> line.insert(column, 1 + random.nextInt(3), style);
                case 5 -> line.delete(column, 1 + random.nextInt(3), style);
                case 6 -> line.addCombining(column, ACUTE);
                case 7 -> line.reset(random.nextInt(4) == 0 ? style : Style.DEFAULT);
                default -> {
                    line.setWrapped(random.nextBoolean());
                    if (random.nextInt(20) == 0) {
                        line.resize(4 + random.nextInt(16));
                    }
                }
            }
            for (int cell = line.touchedEnd(); cell < line.columns(); cell++) {
                assertEquals(' ', line.codePoint(cell), "step " + step);
                assertEquals(line.blankStyle(), line.style(cell), "step " + step);
                assertEquals(" ", line.text(cell), "step " + step);
            }
            boolean untouched = line.used() == 0;
            for (int cell = 0; cell < line.columns(); cell++) {
                untouched &= line.style(cell) == Style.DEFAULT;
            }
            assertEquals(untouched, line.untouched(), "step " + step);
            HistoryLine compact = HistoryLine.of(line);
            assertReadsAs(line, compact);
            assertReadsAs(line, EditableLines.of(compact));
        }
    }

    private static void assertAllBlank(Line line, long style) {
        for (int column = 0; column < line.columns(); column++) {
            assertEquals(' ', line.codePoint(column), "code point at " + column);
            assertEquals(style, line.style(column), "style at " + column);
        }
    }

    private static void feed(Terminal terminal, String text) {
        terminal.feed(text.getBytes(StandardCharsets.UTF_8));
    }
}

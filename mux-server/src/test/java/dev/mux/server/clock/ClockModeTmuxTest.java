package dev.mux.server.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.Colours;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.render.Frame;
import dev.mux.server.render.WindowPainter;
import dev.mux.server.term.Color;
import dev.mux.server.term.Line;
import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Clock mode drawn by mux and by tmux 3.3a on panes of the same size at the same minute: the same
 * cells lit in the clock colour, the same text. tmux reads the real clock, so its server runs in
 * a time zone chosen to show the time a case wants, and mux is given that minute and zone.
 */
class ClockModeTmuxTest {
    /** tmux's default clock-mode-colour. */
    private static final String BLUE = "blue";
    private static final long MINUTE_MILLIS = 60_000;
    private static final long DRAW_DEADLINE_MILLIS = 10_000;
    private static final int ATTEMPTS = 3;

    @Test
    void largeDigitsCentredInAFullPane() throws Exception {
        compare(80, 24, LocalTime.of(18, 29), false, BLUE);
    }

    @Test
    void inTheColourOfTheOption() throws Exception {
        compare(80, 24, LocalTime.of(13, 58), false, "brightred");
        compare(80, 24, LocalTime.of(13, 58), false, "colour200");
        compare(29, 6, LocalTime.of(13, 58), false, "colour208");
    }

    @Test
    void everyDigitInAnOddSizedPane() throws Exception {
        compare(61, 11, LocalTime.of(7, 36), false, BLUE);
        compare(61, 11, LocalTime.of(4, 50), false, BLUE);
    }

    @Test
    void theSmallestPaneForLargeDigits() throws Exception {
        compare(30, 6, LocalTime.of(23, 1), false, BLUE);
    }

    @Test
    void plainTextInAPaneTooSmallForTheDigits() throws Exception {
        compare(29, 6, LocalTime.of(12, 34), false, BLUE);
        compare(40, 5, LocalTime.of(12, 34), false, BLUE);
    }

    @Test
    void twelveHourStyleWithAmAndPm() throws Exception {
        compare(80, 24, LocalTime.of(21, 7), true, BLUE);
        compare(80, 24, LocalTime.of(0, 45), true, BLUE);
    }

    /**
     * tmux's and mux's clock on a {@code columns} x {@code rows} pane showing {@code wanted}, with
     * clock-mode-style 12 or 24 and clock-mode-colour {@code colour}.
     */
    private static void compare(int columns, int rows, LocalTime wanted, boolean twelveHour, String colour) throws Exception {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = System.currentTimeMillis();
            ZoneOffset zone = zoneShowing(wanted, before);
            int packed = Colours.color(colour);
            List<String> mux = cells(muxClock(columns, rows, new ClockMode(() -> before, zone, twelveHour, packed)), packed);
            List<String> tmux;
            try (NestedTmux nested = new NestedTmux("mux-clock", Map.of("TZ", posixZone(zone)))) {
                nested.startInner(columns, rows);
                if (twelveHour) nested.inner("set-option", "-gw", "clock-mode-style", "12");
                nested.inner("set-option", "-gw", "clock-mode-colour", colour);
                nested.inner("clock-mode", "-t", "inner");
                nested.attach(columns, rows);
                tmux = awaitClock(nested, columns, rows, mux, packed);
            }
            long after = System.currentTimeMillis();
            if (Math.floorDiv(before, MINUTE_MILLIS) != Math.floorDiv(after, MINUTE_MILLIS)) continue;
            assertEquals(String.join("\n", tmux), String.join("\n", mux));
            return;
        }
        throw new AssertionError("the minute changed during each of " + ATTEMPTS + " attempts");
    }

    /** A fixed offset from UTC under which {@code millis} reads as {@code wanted}, to the minute. */
    private static ZoneOffset zoneShowing(LocalTime wanted, long millis) {
        long utcMinute = Math.floorMod(Math.floorDiv(millis, MINUTE_MILLIS), 24 * 60);
        long offset = Math.floorMod(wanted.getHour() * 60L + wanted.getMinute() - utcMinute, 24 * 60);
        if (offset > 12 * 60) offset -= 24 * 60;
        return ZoneOffset.ofTotalSeconds((int) Duration.ofMinutes(offset).toSeconds());
    }

    /** The zone as TZ names it: POSIX counts the offset west of UTC, so its sign is the other way round. */
    private static String posixZone(ZoneOffset zone) {
        int minutes = zone.getTotalSeconds() / 60;
        return String.format("MUX%s%02d:%02d", minutes > 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }

    /**
     * tmux's picture once its client drew it all: the outer pane shows the client's output as it
     * comes, so it is read until it shows mux's picture, or the deadline passes (then as it is).
     */
    private static List<String> awaitClock(NestedTmux nested, int columns, int rows, List<String> mux, int colour)
            throws Exception {
        long deadline = System.nanoTime() + DRAW_DEADLINE_MILLIS * 1_000_000;
        List<String> shown = cells(parse(nested.capture(), columns, rows), colour);
        while (!shown.equals(mux) && System.nanoTime() < deadline) {
            shown = cells(parse(nested.capture(), columns, rows), colour);
        }
        return shown;
    }

    /**
     * tmux's capture read back by mux's emulator, for its cells' styles. A capture's style runs on
     * from one line into the next (its SGR sequences mark changes only), so the lines are fed in
     * order, each placed by a cursor move.
     */
    private static Terminal parse(String capture, int columns, int rows) {
        Terminal terminal = new Terminal(columns, rows, bytes -> {});
        String[] lines = capture.split("\n", -1);
        for (int row = 0; row < Math.min(rows, lines.length); row++) {
            terminal.feed(("\033[" + (row + 1) + "H" + lines[row]).getBytes(StandardCharsets.UTF_8));
        }
        return terminal;
    }

    private static List<String> cells(Terminal terminal, int colour) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < terminal.rows(); row++) {
            Line line = terminal.screen().line(row);
            rows.add(row(line.columns(), column -> line.codePoint(column), column -> line.style(column), colour));
        }
        return rows;
    }

    private static List<String> cells(Frame frame, int colour) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < frame.rows(); row++) {
            int at = row;
            rows.add(row(frame.columns(), column -> frame.codePoint(column, at), column -> frame.style(column, at), colour));
        }
        return rows;
    }

    /** Interface for a row's cells by column. */
    private interface Styles {
        long of(int column);
    }

    /**
     * A row as text: '#' for a cell with {@code colour} behind it, a character in that colour in
     * braces, any other colour as '?', trailing blanks dropped. A colour is compared by its kind
     * and value: tmux writes the 16 named colours as SGR 30-37 and 90-97, the palette as 38;5;n.
     */
    private static String row(int columns, IntUnaryOperator codePoints, Styles styles, int colour) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < columns; column++) {
            long style = styles.of(column);
            int background = Style.background(style);
            int foreground = Style.foreground(style);
            String character = Character.toString(codePoints.applyAsInt(column));
            if (background != Color.DEFAULT) {
                text.append(background == colour ? "#" : "?");
            } else if (foreground != Color.DEFAULT) {
                text.append(foreground == colour ? "{" + character + "}" : "?");
            } else {
                text.append(character);
            }
        }
        return text.toString().stripTrailing();
    }

    /** mux's picture of a pane of that size in {@code mode}, as the renderer paints it. */
    private static Frame muxClock(int columns, int rows, ClockMode mode) {
        Sessions sessions = new Sessions();
        Session session = sessions.createSession("s", columns, rows);
        Window window = sessions.createWindow(session, "w");
        Pane pane = sessions.createPane(window, new Terminal(columns, rows, bytes -> {}));
        pane.modes().enter(ClockMode.NAME, () -> mode, new ModeServices() {
            @Override
            public void addPasteBuffer(String text) {
                throw new AssertionError("clock mode copies nothing");
            }

            @Override
            public void schedule(long delayMillis, Runnable task) {
                // The test draws once: the minute never changes under it.
            }
        });
        assertTrue(window.geometry(pane).columns() == columns && window.geometry(pane).rows() == rows);
        return WindowPainter.paint(new Frame(columns, rows), window, null);
    }
}

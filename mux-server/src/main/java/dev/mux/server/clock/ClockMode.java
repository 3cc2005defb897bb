package dev.mux.server.clock;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.LongSupplier;

/**
 * tmux's clock-mode: the time in large digits in the middle of the pane, each lit cell a blank in
 * the clock colour; in a pane too small for them, the time as plain text in that colour. The
 * cursor is hidden, any key leaves, and the clock is redrawn when the minute changes.
 */
public final class ClockMode implements PaneMode {
    /** tmux's name of the mode, as {@code #{pane_mode}} shows it. */
    public static final String NAME = "clock-mode";
    /** How often the clock looks whether the minute changed, as tmux's timer. */
    static final long TICK_MILLIS = 1000;
    private static final long MINUTE_MILLIS = 60_000;

    private final LongSupplier millis;
    private final ZoneId zone;
    private final boolean twelveHour;
    private final int colour;
    /** The minute (since the epoch) last drawn, to redraw when it changes. */
    private long shownMinute;

    /**
     * A clock reading {@code millis} (since the epoch) in {@code zone}; {@code twelveHour} is
     * clock-mode-style 12 (with AM/PM), else 24; {@code colour} a packed {@link Color}.
     */
    public ClockMode(LongSupplier millis, ZoneId zone, boolean twelveHour, int colour) {
        this.millis = millis;
        this.zone = zone;
        this.twelveHour = twelveHour;
        this.colour = colour;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void start(ModeContext context) {
        shownMinute = minute();
        context.schedule(TICK_MILLIS, () -> tick(context));
    }

    private void tick(ModeContext context) {
        context.schedule(TICK_MILLIS, () -> tick(context));
        long minute = minute();
        if (minute == shownMinute) return;
        shownMinute = minute;
        context.redraw();
    }

    @Override
    public void key(String canonicalKey, ModeContext context) {
        context.exit();
    }

    @Override
    public void wheel(int lines, ModeContext context) {
        context.exit();
    }

    @Override
    public void draw(ModeCanvas canvas) {
        shownMinute = minute();
        String time = text();
        int columns = canvas.columns();
        int rows = canvas.rows();
        if (columns < ClockGlyphs.ADVANCE * time.length() || rows < ClockGlyphs.ADVANCE) {
            if (columns >= time.length() && rows > 0) {
                canvas.putString(columns / 2 - time.length() / 2, rows / 2, time, Style.withForeground(Style.DEFAULT, colour));
            }
            return;
        }
        long lit = Style.withBackground(Style.DEFAULT, colour);
        int x = columns / 2 - ClockGlyphs.ADVANCE / 2 * time.length();
        int y = rows / 2 - ClockGlyphs.ADVANCE / 2;
        for (int i = 0; i < time.length(); i++, x += ClockGlyphs.ADVANCE) {
            String[] glyph = ClockGlyphs.of(time.charAt(i));
            if (glyph == null) continue;
            for (int row = 0; row < glyph.length; row++) {
                for (int column = 0; column < glyph[row].length(); column++) {
                    if (glyph[row].charAt(column) == ClockGlyphs.LIT) canvas.fill(x + column, y + row, 1, 1, lit);
                }
            }
        }
    }

    /** The time as tmux formats it: {@code %H:%M}, or {@code %l:%M AM} in the 12-hour style. */
    String text() {
        ZonedDateTime time = Instant.ofEpochMilli(millis.getAsLong()).atZone(zone);
        int hour = time.getHour();
        if (!twelveHour) return String.format("%02d:%02d", hour, time.getMinute());
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        return String.format("%2d:%02d %s", hour12, time.getMinute(), hour >= 12 ? "PM" : "AM");
    }

    private long minute() {
        return Math.floorDiv(millis.getAsLong(), MINUTE_MILLIS);
    }
}

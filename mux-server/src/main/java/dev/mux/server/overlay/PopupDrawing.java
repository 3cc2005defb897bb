package dev.mux.server.overlay;

import dev.mux.server.render.Frame;
import dev.mux.server.term.Color;
import dev.mux.server.term.Screen;
import dev.mux.server.term.Style;

/**
 * A popup drawn as tmux 3.3a's popup_draw_cb: its box cleared, the border (screen_write_box) in the
 * border style with the title two cells in, the popup's screen inside, every cell of which whose
 * colour is the default takes the popup style's colour instead (the border keeps its own, as tmux
 * draws it). The cursor is the popup screen's.
 */
final class PopupDrawing {
    private PopupDrawing() {}

    static void draw(Frame frame, int left, int top, int width, int height, PopupLook look, Screen screen) {
        frame.fill(left, top, width, height, ' ', Style.DEFAULT);
        BoxLines lines = look.lines();
        int edge = lines.edge();
        if (lines == BoxLines.NONE) {
            drawScreen(frame, screen, left, top, width, height);
        } else if (width > 2 && height > 2) {
            long border = colours(Style.DEFAULT, look.borderStyle());
            frame.put(left, top, lines.topLeft(), border);
            frame.put(left + width - 1, top, lines.topRight(), border);
            frame.put(left, top + height - 1, lines.bottomLeft(), border);
            frame.put(left + width - 1, top + height - 1, lines.bottomRight(), border);
            for (int column = left + 1; column < left + width - 1; column++) {
                frame.put(column, top, lines.across(), border);
                frame.put(column, top + height - 1, lines.across(), border);
            }
            for (int row = top + 1; row < top + height - 1; row++) {
                frame.put(left, row, lines.down(), border);
                frame.put(left + width - 1, row, lines.down(), border);
            }
            if (!look.title().isEmpty()) FrameText.draw(frame, left + 2, top, width - 4, look.title(), border, false);
            drawScreen(frame, screen, left + 1, top + 1, width - 2, height - 2);
        }
        for (int row = top + edge; row < top + height - edge; row++) {
            for (int column = left + edge; column < left + width - edge; column++) {
                long style = frame.style(column, row);
                long styled = defaulted(style, look.style());
                if (styled != style) frame.restyle(column, row, styled);
            }
        }
        frame.setCursor(left + edge + screen.cursorColumn(), top + edge + screen.cursorRow(),
                screen.modes().cursorVisible());
    }

    private static void drawScreen(Frame frame, Screen screen, int left, int top, int width, int height) {
        for (int row = 0; row < Math.min(height, screen.rows()); row++) {
            frame.drawLine(screen.line(row), left, top + row, width);
        }
    }

    /** {@code style} with the colours of {@code colours} (attributes not). */
    private static long colours(long style, long colours) {
        return Style.withBackground(Style.withForeground(style, Style.foreground(colours)), Style.background(colours));
    }

    /** {@code style}'s default colours replaced by those of {@code popup}, as tmux's tty defaults. */
    private static long defaulted(long style, long popup) {
        long out = style;
        if (Style.foreground(out) == Color.DEFAULT) out = Style.withForeground(out, Style.foreground(popup));
        if (Style.background(out) == Color.DEFAULT) out = Style.withBackground(out, Style.background(popup));
        return out;
    }
}

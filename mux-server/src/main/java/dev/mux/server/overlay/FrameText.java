package dev.mux.server.overlay;

import dev.mux.server.render.Frame;
import dev.mux.server.style.CellRow;
import dev.mux.server.style.FormatDraw;
import dev.mux.server.term.Line;

/** An expanded format (a menu's item, a box's title) drawn with its {@code #[...]} styles over a frame's cells. */
final class FrameText {
    private FrameText() {}

    /** Draws {@code expanded} from {@code (left, row)}, at most {@code width} cells, on {@code base}. */
    static void draw(Frame frame, int left, int row, int width, String expanded, long base, boolean defaultColours) {
        if (width <= 0) return;
        CellRow line = new CellRow(width, base);
        for (int i = 0; i < width; i++) {
            line.moveTo(i);
            line.write(frame.codePoint(left + i, row), 1, frame.style(left + i, row));
        }
        line.moveTo(0);
        FormatDraw.draw(line, base, width, expanded, false, defaultColours);
        for (int i = 0; i < width; i++) {
            int codePoint = line.codePoint(i);
            if (codePoint != Line.WIDE_CONTINUATION) frame.put(left + i, row, codePoint, line.style(i));
        }
    }
}

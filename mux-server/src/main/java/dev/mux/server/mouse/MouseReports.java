package dev.mux.server.mouse;

import dev.mux.server.term.MouseEncoding;
import dev.mux.server.term.MouseTracking;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A mouse event as a pane's program asked to get it: only the kinds of event its tracking mode
 * wants (DECSET 9, 1000, 1002, 1003), in its encoding (X10 bytes, UTF-8 1005, SGR 1006), at
 * coordinates relative to the pane, as tmux's input_key_mouse writes it.
 */
public final class MouseReports {
    /** X10 bytes carry coordinates up to 223 (255 - 32); UTF-8 ones up to 2015. */
    private static final int X10_MAX = 255 - 32;
    private static final int UTF8_MAX = 2047 - 32;
    private static final int X10_RELEASE = 3;

    private MouseReports() {}

    /** The bytes for the pane, or null when it did not ask for this event or cannot take its position. */
    public static byte[] encode(MouseEvent event, int column, int row, MouseTracking tracking, MouseEncoding encoding) {
        if (!wanted(event, tracking)) return null;
        if (encoding == MouseEncoding.SGR) {
            String report = "\033[<" + event.button() + ";" + (column + 1) + ";" + (row + 1) + (event.release() ? "m" : "M");
            return report.getBytes(StandardCharsets.US_ASCII);
        }
        int limit = encoding == MouseEncoding.UTF8 ? UTF8_MAX : X10_MAX;
        if (column + 1 > limit || row + 1 > limit) return null;
        int button = event.release() ? (event.button() & ~3) | X10_RELEASE : event.button();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\033[M".getBytes(StandardCharsets.US_ASCII));
        out.write(32 + button);
        writeCoordinate(out, 32 + column + 1, encoding);
        writeCoordinate(out, 32 + row + 1, encoding);
        return out.toByteArray();
    }

    private static boolean wanted(MouseEvent event, MouseTracking tracking) {
        return switch (tracking) {
            case OFF -> false;
            case X10 -> event.isPress() || (event.isWheel() && !event.release());
            case BUTTON_PRESSES -> !event.isMotion();
            case BUTTON_MOTION -> !event.isMotion() || (event.button() & 3) != X10_RELEASE;
            case ALL_MOTION -> true;
        };
    }

    private static void writeCoordinate(ByteArrayOutputStream out, int value, MouseEncoding encoding) {
        if (encoding == MouseEncoding.UTF8 && value >= 0x80) {
            out.writeBytes(Character.toString(value).getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(value);
        }
    }
}

package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.overlay.ClientArea;

/**
 * Where display-menu and display-popup put their box ({@code -x}, {@code -y}), as tmux 3.3a's
 * cmd_display_menu_get_position: each is a format (or a letter naming one) expanded with
 * {@code popup_*} values (the centre, the target pane's edges, the mouse, the status line and the
 * window's place in it), giving the left column and the bottom row, then held inside the client.
 */
final class OverlayPosition {
    /** A box's top left cell. */
    record Cell(int x, int y) {}

    private OverlayPosition() {}

    /** The top left of a {@code width} by {@code height} box, or null when it does not fit the client. */
    static Cell of(CommandContext context, ClientArea area, Pane pane, MouseKey mouse, String xArg, String yArg,
                   int width, int height) {
        if (width > area.columns() || height > area.rows()) return null;
        FormatContext values = context.formatContext(pane);
        int columns = area.columns();
        int rows = area.rows();
        int top = 0;
        if (area.statusRows() > 0) {
            top = area.statusTop() ? area.statusRows() : 0;
            if (area.windowStatusX() >= 0) {
                values = values.with("popup_window_status_line_x", Integer.toString(area.windowStatusX()))
                        .with("popup_window_status_line_y", Integer.toString(area.statusTop()
                                ? area.windowStatusLine() + 1 + height : rows - area.statusRows() + area.windowStatusLine()));
            }
            values = values.with("popup_status_line_y", Integer.toString(area.statusTop() ? area.statusRows() + height : rows - area.statusRows()));
        }
        values = values.with("popup_width", Integer.toString(width)).with("popup_height", Integer.toString(height))
                .with("popup_centre_x", Long.toString(Math.max(0, (columns - 1) / 2 - width / 2)));
        long centreY = (rows - 1) / 2 + height / 2;
        values = values.with("popup_centre_y", Long.toString(centreY >= rows ? rows - height : centreY));
        if (mouse != null) {
            long y = mouse.y();
            values = values.with("popup_mouse_x", Integer.toString(mouse.x())).with("popup_mouse_y", Long.toString(y))
                    .with("popup_mouse_centre_x", Long.toString(Math.max(0, mouse.x() - width / 2)))
                    .with("popup_mouse_centre_y", Long.toString(y - height / 2 + height >= rows ? rows - height : y - height / 2))
                    .with("popup_mouse_top", Long.toString(y + height >= rows ? rows - 1 : y + height))
                    .with("popup_mouse_bottom", Long.toString(Math.max(0, y - height)));
        }
        Geometry at = pane.window().geometry(pane);
        long paneTop = top + at.y() + height;
        values = values.with("popup_pane_top", Long.toString(paneTop >= rows ? rows - height : paneTop))
                .with("popup_pane_bottom", Integer.toString(top + at.y() + at.rows()))
                .with("popup_pane_left", Integer.toString(at.x()))
                .with("popup_pane_right", Long.toString(Math.max(0, at.x() + at.columns() - width)));

        String xFormat = switch (xArg == null ? "C" : xArg) {
            case "C" -> "#{popup_centre_x}";
            case "R" -> "#{popup_pane_right}";
            case "P" -> "#{popup_pane_left}";
            case "M" -> "#{popup_mouse_centre_x}";
            case "W" -> "#{popup_window_status_line_x}";
            default -> xArg;
        };
        long x = strtol(values.expand(xFormat));
        if (x + width >= columns) {
            x = columns - width;
        } else if (x < 0) {
            x = 0;
        }
        String yFormat = switch (yArg == null ? "C" : yArg) {
            case "C" -> "#{popup_centre_y}";
            case "P" -> "#{popup_pane_bottom}";
            case "M" -> "#{popup_mouse_top}";
            case "S" -> "#{popup_status_line_y}";
            case "W" -> "#{popup_window_status_line_y}";
            default -> yArg;
        };
        long y = strtol(values.expand(yFormat));
        y = y < height ? 0 : y - height;
        if (y + height >= rows) y = rows - height;
        return new Cell((int) x, (int) Math.max(0, y));
    }

    /** strtol(3) in base 10: the number the text starts with (after blanks), 0 when none. */
    static long strtol(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int start = i;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) i++;
        int digits = i;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i - digits < 18) i++;
        if (i == digits) return 0;
        return Long.parseLong(text.substring(start, i));
    }
}

package dev.mux.server.render;

import dev.mux.server.options.Options;

/**
 * How many rows the status line takes and where: tmux's status option (off, on, or 2 to 5 lines)
 * and status-position. The panes get the rest of the client's rows.
 */
public record StatusPlacement(int rows, boolean top) {
    public static final StatusPlacement NONE = new StatusPlacement(0, false);
    private static final StatusPlacement ONE_BOTTOM = new StatusPlacement(1, false);

    /** The placement a session's options give; read on every render, so it allocates only for unusual settings. */
    public static StatusPlacement of(Options sessionOptions) {
        String status = sessionOptions.string("status");
        int rows = switch (status) {
            case "off" -> 0;
            case "on" -> 1;
            default -> Integer.parseInt(status);
        };
        boolean top = "top".equals(sessionOptions.string("status-position"));
        if (rows == 0) return NONE;
        if (rows == 1 && !top) return ONE_BOTTOM;
        return new StatusPlacement(rows, top);
    }

    /** The first row of the status line on a client of {@code clientRows}. */
    public int firstRow(int clientRows) {
        return top ? 0 : clientRows - rows;
    }

    /** The row the panes start on. */
    public int panesTop() {
        return top ? rows : 0;
    }

    /**
     * The row a message or prompt goes on: the status line's last row; with the status line off,
     * the client's first or last row as status-position says (tmux draws it over the panes then).
     */
    public int messageRow(int clientRows) {
        if (rows == 0) return top ? 0 : clientRows - 1;
        return firstRow(clientRows) + rows - 1;
    }
}

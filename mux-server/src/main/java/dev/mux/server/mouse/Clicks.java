package dev.mux.server.mouse;

/**
 * Counts left-button presses on one cell in quick succession, as tmux tells a click from a double
 * and a triple click: each press within {@link #INTERVAL_NANOS} of the one before on the same cell
 * counts one more, up to three; then counting starts again.
 */
final class Clicks {
    /** tmux's KEYC_CLICK_TIMEOUT: 300 ms. */
    static final long INTERVAL_NANOS = 300_000_000L;
    private static final int MOST = 3;

    private int column = -1;
    private int row = -1;
    private long lastNanos;
    private int count;

    /** A press at {@code (column, row)} at time {@code nanos}: 1 for a click, 2 double, 3 triple. */
    int press(int atColumn, int atRow, long nanos) {
        boolean follows = count > 0 && count < MOST && atColumn == column && atRow == row && nanos - lastNanos <= INTERVAL_NANOS;
        count = follows ? count + 1 : 1;
        column = atColumn;
        row = atRow;
        lastNanos = nanos;
        return count;
    }
}

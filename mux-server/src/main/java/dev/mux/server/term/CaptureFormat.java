package dev.mux.server.term;

/**
 * How {@code capture-pane} writes the lines it prints.
 *
 * @param escapes            {@code -e}: SGR sequences (and SO/SI for DEC graphics) before cells whose style changes
 * @param escapeControls     {@code -C}: escape sequences written as octal text ({@code \033}) and backslashes doubled
 * @param joinWrapped        {@code -J}: a line that wrapped runs on into the next; trailing spaces are kept
 * @param keepTrailingSpaces {@code -N}: trailing spaces of the cells in use are kept
 */
public record CaptureFormat(boolean escapes, boolean escapeControls, boolean joinWrapped, boolean keepTrailingSpaces) {
    public static final CaptureFormat PLAIN = new CaptureFormat(false, false, false, false);

    boolean trims() {
        return !joinWrapped && !keepTrailingSpaces;
    }
}

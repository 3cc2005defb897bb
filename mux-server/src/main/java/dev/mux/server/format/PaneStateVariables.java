package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.model.Pane;
import dev.mux.server.term.Line;
import dev.mux.server.term.Modes;
import dev.mux.server.term.MouseTracking;
import dev.mux.server.term.Screen;

/**
 * The state of the context pane's terminal: cursor, modes a program set, history, and the mouse
 * ({@code mouse_x} and friends come from the mouse event of the command that expands them, when it has one).
 */
final class PaneStateVariables {
    /** tmux's struct grid_line and struct grid_cell_entry, in bytes. */
    private static final int LINE_BYTES = 32;
    private static final int CELL_ENTRY_BYTES = 8;
    /** tmux's saved cursor position while none is saved: UINT_MAX. */
    private static final String NOT_SAVED = "4294967295";

    private PaneStateVariables() {}

    static String value(FormatContext context, String name) {
        Pane pane = context.pane();
        if (pane == null) return null;
        Screen screen = pane.terminal().screen();
        Modes modes = screen.modes();
        return switch (name) {
            case "cursor_x" -> number(screen.cursorColumn());
            case "cursor_y" -> number(screen.cursorRow());
            case "cursor_flag" -> flag(modes.cursorVisible());
            case "cursor_character" -> cursorCharacter(screen);
            case "insert_flag" -> flag(modes.insertMode());
            case "keypad_cursor_flag" -> flag(modes.applicationCursorKeys());
            case "keypad_flag" -> flag(modes.applicationKeypad());
            case "origin_flag" -> flag(modes.originMode());
            case "wrap_flag" -> flag(modes.autowrap());
            case "alternate_on" -> flag(screen.alternateScreen());
            case "alternate_saved_x", "alternate_saved_y" -> screen.alternateScreen() ? "0" : NOT_SAVED;
            case "scroll_region_upper" -> "0";
            case "scroll_region_lower" -> number(screen.rows() - 1L);
            case "history_size" -> number(screen.historySize());
            case "history_limit" -> number(pane.window().session().options().number("history-limit"));
            case "history_bytes" -> historyBytes(screen);
            case "history_all_bytes" -> historyAllBytes(screen);
            case "mouse_any_flag" -> flag(modes.mouseTracking() != MouseTracking.OFF);
            case "mouse_standard_flag" -> flag(modes.mouseTracking() == MouseTracking.BUTTON_PRESSES
                    || modes.mouseTracking() == MouseTracking.X10);
            case "mouse_button_flag" -> flag(modes.mouseTracking() == MouseTracking.BUTTON_MOTION);
            case "mouse_all_flag" -> flag(modes.mouseTracking() == MouseTracking.ALL_MOTION);
            case "mouse_utf8_flag" -> flag(modes.has(Modes.Mode.MOUSE_UTF8));
            case "mouse_sgr_flag" -> flag(modes.has(Modes.Mode.MOUSE_SGR));
            case "mouse_x", "mouse_y", "mouse_word", "mouse_line", "mouse_pane" -> null;
            default -> null;
        };
    }

    private static String cursorCharacter(Screen screen) {
        int row = screen.cursorRow();
        int column = screen.cursorColumn();
        if (row >= screen.rows() || column >= screen.columns()) return "";
        Line line = screen.line(row);
        String text = line.text(column);
        return text.isEmpty() || text.equals("\0") ? " " : text;
    }

    /**
     * What tmux reports as the memory of the pane's lines, history and visible: per line its
     * header and a cell entry for each cell in use (tmux's sizes on 64-bit Linux).
     */
    private static String historyBytes(Screen screen) {
        long bytes = 0;
        for (int i = 0; i < screen.historySize(); i++) bytes += (long) screen.historyLine(i).used() * CELL_ENTRY_BYTES;
        for (int row = 0; row < screen.rows(); row++) bytes += (long) screen.line(row).used() * CELL_ENTRY_BYTES;
        bytes += (long) (screen.historySize() + screen.rows()) * LINE_BYTES;
        return number(bytes);
    }

    /** tmux's breakdown: lines, their headers' bytes, cells, their bytes, extended cells (none in mux) and theirs. */
    private static String historyAllBytes(Screen screen) {
        long cells = 0;
        for (int i = 0; i < screen.historySize(); i++) cells += screen.historyLine(i).used();
        for (int row = 0; row < screen.rows(); row++) cells += screen.line(row).used();
        long lines = (long) screen.historySize() + screen.rows();
        return lines + "," + lines * LINE_BYTES + "," + cells + "," + cells * CELL_ENTRY_BYTES + ",0,0";
    }
}

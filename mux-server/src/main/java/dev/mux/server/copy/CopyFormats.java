package dev.mux.server.copy;

/** The format variables tmux adds for a pane in copy mode: where the cursor and view are, what is selected. */
final class CopyFormats {
    private CopyFormats() {}

    static String value(CopyMode mode, String name) {
        return switch (name) {
            case "scroll_position" -> Integer.toString(mode.offset());
            case "rectangle_toggle" -> flag(mode.selection.rectangle());
            case "copy_cursor_x" -> Integer.toString(mode.cursorColumn());
            case "copy_cursor_y" -> Integer.toString(mode.cursorRow());
            case "selection_present", "selection_active" -> flag(mode.selection.active());
            case "search_present" -> flag(mode.search.pattern() != null);
            case "copy_cursor_word" -> CopyText.cursorWord(mode);
            case "copy_cursor_line" -> CopyText.cursorLine(mode);
            default -> null;
        };
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }
}

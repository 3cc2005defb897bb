package dev.mux.server.copy;

import java.util.Locale;

/**
 * The copy-mode commands that take no argument and act once per repeat, each named as tmux's
 * send-keys -X command of the same effect.
 */
public enum CopyAction {
    CURSOR_UP, CURSOR_DOWN, CURSOR_LEFT, CURSOR_RIGHT,
    START_OF_LINE, END_OF_LINE, BACK_TO_INDENTATION,
    NEXT_WORD, PREVIOUS_WORD, NEXT_WORD_END, NEXT_SPACE, PREVIOUS_SPACE, NEXT_SPACE_END,
    NEXT_PARAGRAPH, PREVIOUS_PARAGRAPH, NEXT_MATCHING_BRACKET, PREVIOUS_MATCHING_BRACKET,
    TOP_LINE, MIDDLE_LINE, BOTTOM_LINE,
    SCROLL_UP, SCROLL_DOWN, HALFPAGE_UP, HALFPAGE_DOWN, PAGE_UP, PAGE_DOWN,
    HISTORY_TOP, HISTORY_BOTTOM,
    BEGIN_SELECTION, SELECT_WORD, CLEAR_SELECTION, STOP_SELECTION,
    RECTANGLE_ON, RECTANGLE_OFF, RECTANGLE_TOGGLE,
    SET_MARK, JUMP_TO_MARK, JUMP_AGAIN, JUMP_REVERSE,
    SEARCH_AGAIN, SEARCH_REVERSE,
    TOGGLE_POSITION,
    CANCEL;

    /** The tmux name, e.g. {@code cursor-up}. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.mux.server.copy;

import java.util.Locale;

/** What a copy-mode key does; each is named as tmux's send-keys -X command of the same effect. */
public enum CopyAction {
    CURSOR_UP, CURSOR_DOWN, CURSOR_LEFT, CURSOR_RIGHT,
    START_OF_LINE, END_OF_LINE, BACK_TO_INDENTATION,
    NEXT_WORD, PREVIOUS_WORD, NEXT_WORD_END,
    TOP_LINE, MIDDLE_LINE, BOTTOM_LINE,
    SCROLL_UP, SCROLL_DOWN, HALFPAGE_UP, HALFPAGE_DOWN, PAGE_UP, PAGE_DOWN,
    HISTORY_TOP, HISTORY_BOTTOM,
    BEGIN_SELECTION, SELECT_LINE, CLEAR_SELECTION, OTHER_END,
    COPY_SELECTION_AND_CANCEL, COPY_END_OF_LINE_AND_CANCEL,
    SEARCH_AGAIN, SEARCH_REVERSE,
    CANCEL;

    /** The tmux name, e.g. {@code cursor-up}. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

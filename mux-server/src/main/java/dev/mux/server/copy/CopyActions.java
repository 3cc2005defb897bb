package dev.mux.server.copy;

/** What each {@link CopyAction} does to a {@link CopyMode}, once. */
final class CopyActions {
    private CopyActions() {}

    static CopyMode.Outcome apply(CopyMode mode, CopyAction action) {
        switch (action) {
            case CURSOR_UP -> mode.cursorUp();
            case CURSOR_DOWN -> mode.cursorDown();
            case CURSOR_LEFT -> mode.cursorLeft();
            case CURSOR_RIGHT -> mode.cursorRight();
            case START_OF_LINE -> mode.setColumn(0);
            case END_OF_LINE -> mode.setColumn(mode.endColumn(mode.cursorLine()));
            case BACK_TO_INDENTATION -> mode.setColumn(mode.indentation(mode.cursorLine()));
            case NEXT_WORD -> mode.moveTo(mode.words(mode.wordSeparators()).nextStart(mode.cursor()));
            case PREVIOUS_WORD -> mode.moveTo(mode.words(mode.wordSeparators()).previousStart(mode.cursor()));
            case NEXT_WORD_END -> mode.moveTo(mode.words(mode.wordSeparators()).nextEnd(mode.cursor()));
            case NEXT_SPACE -> mode.moveTo(mode.words("").nextStart(mode.cursor()));
            case PREVIOUS_SPACE -> mode.moveTo(mode.words("").previousStart(mode.cursor()));
            case NEXT_SPACE_END -> mode.moveTo(mode.words("").nextEnd(mode.cursor()));
            case NEXT_PARAGRAPH -> mode.moveTo(Motions.nextParagraph(mode.lines(), mode.cursorLine()));
            case PREVIOUS_PARAGRAPH -> mode.moveTo(Motions.previousParagraph(mode.lines(), mode.cursorLine()));
            case NEXT_MATCHING_BRACKET -> Brackets.next(mode);
            case PREVIOUS_MATCHING_BRACKET -> Brackets.previous(mode);
            case TOP_LINE -> mode.setRow(0);
            case MIDDLE_LINE -> mode.setRow((mode.rows() - 1) / 2);
            case BOTTOM_LINE -> mode.setRow(mode.rows() - 1);
            case SCROLL_UP -> mode.scrollUp(1);
            case SCROLL_DOWN -> {
                return mode.scrollDown(1);
            }
            case HALFPAGE_UP -> mode.pageUp(true);
            case HALFPAGE_DOWN -> {
                return mode.pageDown(true);
            }
            case PAGE_UP -> mode.pageUp(false);
            case PAGE_DOWN -> {
                return mode.pageDown(false);
            }
            case HISTORY_TOP -> mode.historyTop();
            case HISTORY_BOTTOM -> mode.historyBottom();
            case BEGIN_SELECTION -> mode.beginSelection();
            case SELECT_WORD -> mode.selectWord();
            case CLEAR_SELECTION -> mode.clearSelection();
            case STOP_SELECTION -> mode.selection.stop(mode.cursor());
            case RECTANGLE_ON -> mode.rectangle(true);
            case RECTANGLE_OFF -> mode.rectangle(false);
            case RECTANGLE_TOGGLE -> mode.rectangle(null);
            case SET_MARK -> mode.jumps.setMark();
            case JUMP_TO_MARK -> mode.jumps.jumpToMark();
            case JUMP_AGAIN -> mode.jumps.again(false);
            case JUMP_REVERSE -> mode.jumps.again(true);
            case SEARCH_AGAIN -> mode.search.again(false);
            case SEARCH_REVERSE -> mode.search.again(true);
            case TOGGLE_POSITION -> mode.togglePosition();
            case CANCEL -> {
                return CopyMode.Outcome.EXIT;
            }
        }
        return CopyMode.Outcome.STAY;
    }
}

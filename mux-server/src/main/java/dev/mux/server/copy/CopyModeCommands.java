package dev.mux.server.copy;

import java.util.List;
import java.util.Map;

/**
 * The copy-mode commands of {@code send-keys -X} by tmux's names, beyond the plain moves of
 * {@link CopyAction}: the copy and copy-pipe variants (copying with or without leaving the mode,
 * keeping the selection with -no-clear), searches given their text, and moves that leave the mode
 * when they reach the bottom (the -and-cancel forms). A name tmux has that mux does not carry out
 * yet is taken and does nothing, as tmux does with a name it does not know.
 */
final class CopyModeCommands {
    /** How a copy command ends: leave the mode, keep the selection, or clear it and stay. */
    private enum After { CANCEL, KEEP, CLEAR }

    private static final Map<String, After> COPIES = Map.ofEntries(
            Map.entry("copy-selection", After.CLEAR), Map.entry("copy-selection-no-clear", After.KEEP),
            Map.entry("copy-selection-and-cancel", After.CANCEL), Map.entry("copy-pipe", After.CLEAR),
            Map.entry("copy-pipe-no-clear", After.KEEP), Map.entry("copy-pipe-and-cancel", After.CANCEL),
            Map.entry("append-selection", After.CLEAR), Map.entry("append-selection-and-cancel", After.CANCEL));
    private static final Map<String, After> END_OF_LINE_COPIES = Map.of(
            "copy-end-of-line", After.CLEAR, "copy-end-of-line-and-cancel", After.CANCEL,
            "copy-pipe-end-of-line", After.CLEAR, "copy-pipe-end-of-line-and-cancel", After.CANCEL);
    /** The moves whose -and-cancel form leaves the mode once the view is back at the bottom. */
    private static final Map<String, CopyAction> CANCELLING_MOVES = Map.of(
            "cursor-down-and-cancel", CopyAction.CURSOR_DOWN, "page-down-and-cancel", CopyAction.PAGE_DOWN,
            "halfpage-down-and-cancel", CopyAction.HALFPAGE_DOWN, "scroll-down-and-cancel", CopyAction.SCROLL_DOWN);

    private CopyModeCommands() {}

    /** Runs {@code name} with its arguments once. */
    static CopyMode.Outcome run(CopyMode mode, String name, List<String> args) {
        String text = args.isEmpty() ? "" : args.get(0);
        if (name.equals("search-forward-incremental") || name.equals("search-backward-incremental")) {
            searchIncremental(mode, text, name.startsWith("search-forward"));
            return CopyMode.Outcome.STAY;
        }
        mode.endIncremental();
        After copy = COPIES.get(name);
        if (copy != null) return copied(mode, mode.selectedText(), copy);
        After endOfLine = END_OF_LINE_COPIES.get(name);
        if (endOfLine != null) return copied(mode, mode.endOfLineText(), endOfLine);
        CopyAction cancelling = CANCELLING_MOVES.get(name);
        if (cancelling != null) {
            int row = mode.cursorRow();
            CopyMode.Outcome outcome = mode.apply(cancelling);
            // cursor-down-and-cancel leaves only from the last line, the others once back at the bottom.
            boolean stuck = cancelling != CopyAction.CURSOR_DOWN || mode.cursorRow() == row;
            return mode.offset() == 0 && stuck ? new CopyMode.Outcome(true, outcome.copied()) : outcome;
        }
        switch (name) {
            case "search-forward", "search-forward-text" -> mode.searchFor(text, true);
            case "search-backward", "search-backward-text" -> mode.searchFor(text, false);
            default -> {
                for (CopyAction action : CopyAction.values()) {
                    if (action.commandName().equals(name)) return mode.apply(action);
                }
            }
        }
        return CopyMode.Outcome.STAY;
    }

    private static CopyMode.Outcome copied(CopyMode mode, String text, After after) {
        return switch (after) {
            case CANCEL -> new CopyMode.Outcome(true, text);
            case KEEP -> new CopyMode.Outcome(false, text);
            case CLEAR -> {
                mode.apply(CopyAction.CLEAR_SELECTION);
                yield new CopyMode.Outcome(false, text);
            }
        };
    }

    /**
     * An incremental prompt's text comes with a first character saying which way to go: {@code =}
     * the command's own, {@code +} forward, {@code -} backward (C-s and C-r typed in the prompt).
     */
    private static void searchIncremental(CopyMode mode, String text, boolean forward) {
        if (!text.isEmpty() && "=+-".indexOf(text.charAt(0)) >= 0) {
            if (text.charAt(0) != '=') forward = text.charAt(0) == '+';
            text = text.substring(1);
        }
        mode.searchIncremental(text, forward);
    }
}

package dev.mux.server.copy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy-mode commands of {@code send-keys -X} by tmux's names: the plain moves of
 * {@link CopyAction} (run once per repeat), and the ones that take arguments or use the repeat
 * count themselves: the copy, copy-pipe, pipe and append variants (copying with or without leaving
 * the mode, keeping the selection with -no-clear), searches and jumps given their text, goto-line,
 * select-line and other-end, and moves that leave the mode when they reach the bottom (the
 * -and-cancel forms). A name tmux does not have is taken and does nothing, as tmux does.
 */
final class CopyModeCommands {
    /** How a copy command ends: leave the mode, keep the selection, or clear it and stay. */
    private enum After { CANCEL, KEEP, CLEAR }

    private record CopyKind(Copied.Kind kind, After after) {}

    private static final Map<String, CopyKind> SELECTION_COPIES = Map.ofEntries(
            Map.entry("copy-selection", new CopyKind(Copied.Kind.BUFFER, After.CLEAR)),
            Map.entry("copy-selection-no-clear", new CopyKind(Copied.Kind.BUFFER, After.KEEP)),
            Map.entry("copy-selection-and-cancel", new CopyKind(Copied.Kind.BUFFER, After.CANCEL)),
            Map.entry("copy-pipe", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CLEAR)),
            Map.entry("copy-pipe-no-clear", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.KEEP)),
            Map.entry("copy-pipe-and-cancel", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CANCEL)),
            Map.entry("pipe", new CopyKind(Copied.Kind.PIPE, After.CLEAR)),
            Map.entry("pipe-no-clear", new CopyKind(Copied.Kind.PIPE, After.KEEP)),
            Map.entry("pipe-and-cancel", new CopyKind(Copied.Kind.PIPE, After.CANCEL)),
            Map.entry("append-selection", new CopyKind(Copied.Kind.APPEND, After.CLEAR)),
            Map.entry("append-selection-and-cancel", new CopyKind(Copied.Kind.APPEND, After.CANCEL)));
    /** Copies of the cursor's line (-line) or the rest of it (-end-of-line), with the lines the count adds below. */
    private static final Map<String, CopyKind> LINE_COPIES = Map.of(
            "copy-end-of-line", new CopyKind(Copied.Kind.BUFFER, After.CLEAR),
            "copy-end-of-line-and-cancel", new CopyKind(Copied.Kind.BUFFER, After.CANCEL),
            "copy-pipe-end-of-line", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CLEAR),
            "copy-pipe-end-of-line-and-cancel", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CANCEL),
            "copy-line", new CopyKind(Copied.Kind.BUFFER, After.CLEAR),
            "copy-line-and-cancel", new CopyKind(Copied.Kind.BUFFER, After.CANCEL),
            "copy-pipe-line", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CLEAR),
            "copy-pipe-line-and-cancel", new CopyKind(Copied.Kind.BUFFER_AND_PIPE, After.CANCEL));
    /** The moves whose -and-cancel form leaves the mode once the view is back at the bottom. */
    private static final Map<String, CopyAction> CANCELLING_MOVES = Map.of(
            "cursor-down-and-cancel", CopyAction.CURSOR_DOWN, "page-down-and-cancel", CopyAction.PAGE_DOWN,
            "halfpage-down-and-cancel", CopyAction.HALFPAGE_DOWN, "scroll-down-and-cancel", CopyAction.SCROLL_DOWN);
    private static final Map<String, Jumps.Kind> JUMPS = Map.of(
            "jump-forward", Jumps.Kind.FORWARD, "jump-backward", Jumps.Kind.BACKWARD,
            "jump-to-forward", Jumps.Kind.TO_FORWARD, "jump-to-backward", Jumps.Kind.TO_BACKWARD);
    /** The names that take their text or a count themselves, beyond the tables above and {@link CopyAction}. */
    private static final Set<String> OTHERS = Set.of("search-forward", "search-forward-text", "search-backward",
            "search-backward-text", "search-forward-incremental", "search-backward-incremental", "goto-line",
            "select-line", "other-end", "refresh-from-pane", "next-prompt", "previous-prompt", "select-output");

    private CopyModeCommands() {}

    /** Whether tmux 3.3a's copy mode has a command of this name (or tmux 3.4's prompt moves, or mux's select-output). */
    static boolean known(String name) {
        if (SELECTION_COPIES.containsKey(name) || LINE_COPIES.containsKey(name) || CANCELLING_MOVES.containsKey(name)
                || JUMPS.containsKey(name) || OTHERS.contains(name)) {
            return true;
        }
        for (CopyAction action : CopyAction.values()) {
            if (action.commandName().equals(name)) return true;
        }
        return false;
    }

    /** Runs {@code name} with its arguments once. */
    static CopyMode.Outcome run(CopyMode mode, String name, List<String> args) {
        return run(mode, name, args, 1);
    }

    /** Runs {@code name} with its arguments and the repeat count of send-keys -N. */
    static CopyMode.Outcome run(CopyMode mode, String name, List<String> args, int repeat) {
        String text = args.isEmpty() ? "" : args.get(0);
        if (name.equals("search-forward-incremental") || name.equals("search-backward-incremental")) {
            searchIncremental(mode, text, name.startsWith("search-forward"));
            return CopyMode.Outcome.STAY;
        }
        mode.search.endIncremental();
        CopyKind selectionCopy = SELECTION_COPIES.get(name);
        if (selectionCopy != null) return copied(mode, mode.selectedText(), selectionCopy, args);
        CopyKind lineCopy = LINE_COPIES.get(name);
        if (lineCopy != null) {
            int more = Math.max(0, repeat - 1);
            return copied(mode, CopyText.line(mode, !name.contains("end-of-line"), more), lineCopy, args);
        }
        CopyAction cancelling = CANCELLING_MOVES.get(name);
        if (cancelling != null) return cancellingMove(mode, cancelling, repeat);
        Jumps.Kind jump = JUMPS.get(name);
        for (int i = 0; i < repeat; i++) {
            CopyMode.Outcome outcome = once(mode, name, text, jump, repeat);
            if (outcome == null) return CopyMode.Outcome.STAY;
            if (outcome.exit()) return outcome;
        }
        return CopyMode.Outcome.STAY;
    }

    /** One repeat of {@code name}; null for a command that took the whole count already. */
    private static CopyMode.Outcome once(CopyMode mode, String name, String text, Jumps.Kind jump, int repeat) {
        if (jump != null) {
            mode.jumps.jump(jump, text);
            return CopyMode.Outcome.STAY;
        }
        switch (name) {
            case "search-forward" -> mode.search.find(text, true, true);
            case "search-forward-text" -> mode.search.find(text, true, false);
            case "search-backward" -> mode.search.find(text, false, true);
            case "search-backward-text" -> mode.search.find(text, false, false);
            case "goto-line" -> {
                if (text.matches("-?\\d{1,9}")) mode.gotoLine(Integer.parseInt(text));
                return null;
            }
            case "select-line" -> {
                mode.selectLine(repeat - 1);
                return null;
            }
            case "next-prompt", "previous-prompt" -> {
                Prompts.find(mode.lines(), mode.cursorLine(), name.startsWith("next"), text.equals("-o"))
                    .ifPresent(line -> showAtTop(mode, line));
            }
            case "select-output" -> {
                Prompts.output(mode.lines(), mode.cursorLine()).ifPresent(lines -> {
                    showAtTop(mode, lines.first());
                    mode.selectLine(lines.last() - lines.first());
                });
                return null;
            }
            case "other-end" -> {
                if (repeat % 2 == 1) mode.otherEnd();
                return null;
            }
            default -> {
                for (CopyAction action : CopyAction.values()) {
                    if (action.commandName().equals(name)) return CopyActions.apply(mode, action);
                }
                return null;
            }
        }
        return CopyMode.Outcome.STAY;
    }

    /** The cursor to the start of {@code line}, brought to the view's top (or onto the last page), as tmux 3.4's prompt moves do. */
    private static void showAtTop(CopyMode mode, int line) {
        int history = mode.historySize();
        mode.gotoLine(Math.max(0, history - line));
        mode.setRow(Math.max(0, line - history));
    }

    /** cursor-down-and-cancel leaves only from the last line, the others once back at the bottom. */
    private static CopyMode.Outcome cancellingMove(CopyMode mode, CopyAction move, int repeat) {
        int row = mode.cursorRow();
        for (int i = 0; i < repeat; i++) {
            CopyMode.Outcome outcome = CopyActions.apply(mode, move);
            if (outcome.exit()) return outcome;
            if (move != CopyAction.CURSOR_DOWN && mode.offset() == 0) return CopyMode.Outcome.EXIT;
        }
        boolean stuck = move != CopyAction.CURSOR_DOWN || mode.cursorRow() == row;
        return mode.offset() == 0 && stuck ? CopyMode.Outcome.EXIT : CopyMode.Outcome.STAY;
    }

    /**
     * The copy's outcome; its arguments are the buffer name prefix, or for the pipe forms the
     * command (empty: copy-command's) then the prefix.
     */
    private static CopyMode.Outcome copied(CopyMode mode, String text, CopyKind copyKind, List<String> args) {
        Copied.Kind kind = copyKind.kind();
        boolean piped = kind == Copied.Kind.BUFFER_AND_PIPE || kind == Copied.Kind.PIPE;
        String command = piped && !args.isEmpty() ? args.get(0) : "";
        int prefixAt = piped ? 1 : 0;
        String prefix = kind != Copied.Kind.PIPE && kind != Copied.Kind.APPEND && args.size() > prefixAt ? args.get(prefixAt) : null;
        Copied copy = text == null ? null : new Copied(text, prefix, command, kind);
        return switch (copyKind.after()) {
            case CANCEL -> new CopyMode.Outcome(true, copy);
            case KEEP -> new CopyMode.Outcome(false, copy);
            case CLEAR -> {
                mode.clearSelection();
                yield new CopyMode.Outcome(false, copy);
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
        mode.search.incremental(text, forward);
    }
}

package dev.mux.server.copy;

/** Copy mode's jumps to a character (with the last one kept for jump-again and jump-reverse) and its mark. */
final class CopyJumps {
    private final CopyMode mode;
    private Jumps.Kind kind;
    private String text;
    private Position mark;

    CopyJumps(CopyMode mode) {
        this.mode = mode;
    }

    /** jump-forward, -backward, -to-forward, -to-backward to {@code character}; remembered for jump-again. */
    void jump(Jumps.Kind jumpKind, String character) {
        if (character.isEmpty()) return;
        kind = jumpKind;
        text = character;
        Jumps.jump(mode.lines(), mode.cursor(), kind, text).ifPresent(mode::moveTo);
    }

    /** jump-again, or jump-reverse: the last jump once more, the same or the other way. */
    void again(boolean reverse) {
        if (kind == null) return;
        Jumps.jump(mode.lines(), mode.cursor(), reverse ? kind.reversed() : kind, text).ifPresent(mode::moveTo);
    }

    void setMark() {
        mark = mode.cursor();
    }

    /** The mark's column if it is on {@code line}, else -1. */
    int markColumn(int line) {
        return mark != null && mark.line() == line ? mark.column() : -1;
    }

    /**
     * jump-to-mark: the cursor goes to the mark and the mark to where the cursor was; a mark in the
     * history puts its line at the top of the view, one on the screen shows the screen.
     */
    void jumpToMark() {
        if (mark == null) return;
        Position target = mark;
        mark = mode.cursor();
        int history = mode.historySize();
        if (target.line() < history) {
            mode.restore(new CopyMode.View(history - target.line(), target.column(), 0));
        } else {
            mode.restore(new CopyMode.View(0, target.column(), target.line() - history));
        }
    }
}

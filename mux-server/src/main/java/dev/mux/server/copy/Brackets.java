package dev.mux.server.copy;

/**
 * next-matching-bracket and previous-matching-bracket (vi's %), as tmux: from a bracket to its
 * partner. Off a bracket, vi looks along the line for the next one; emacs tries the next (or
 * previous) cell only.
 */
final class Brackets {
    private Brackets() {}

    static void next(CopyMode mode) {
        ScreenCopy lines = mode.lines();
        Position at = mode.cursor();
        if (lines.length(at.line()) == 0) return;
        if (mode.keys() == ModeKeys.VI) {
            while (Motions.bracketAt(lines, at) == 0) {
                if (at.column() + 1 < lines.length(at.line())) {
                    at = new Position(at.line(), at.column() + 1);
                } else if (lines.wrapped(at.line()) && at.line() + 1 < lines.size()) {
                    at = new Position(at.line() + 1, 0);
                } else {
                    return;
                }
            }
            if (!Motions.opening(Motions.bracketAt(lines, at))) {
                Motions.matchBackward(lines, at).ifPresent(mode::moveTo);
                return;
            }
        } else if (!Motions.opening(Motions.bracketAt(lines, at))) {
            at = new Position(at.line(), at.column() + 1);
            if (!Motions.opening(Motions.bracketAt(lines, at))) return;
        }
        Motions.matchForward(lines, at).ifPresent(mode::moveTo);
    }

    static void previous(CopyMode mode) {
        ScreenCopy lines = mode.lines();
        Position at = mode.cursor();
        if (lines.length(at.line()) == 0) return;
        char here = Motions.bracketAt(lines, at);
        if ((here == 0 || Motions.opening(here)) && mode.keys() == ModeKeys.EMACS && at.column() > 0) {
            at = new Position(at.line(), at.column() - 1);
            here = Motions.bracketAt(lines, at);
        }
        if (here == 0 || Motions.opening(here)) return;
        Motions.matchBackward(lines, at).ifPresent(mode::moveTo);
    }
}

package dev.mux.server.copy;

import dev.mux.server.term.Line;

/**
 * Word motions over copy mode's lines. A cell is blank, a separator (tmux's default
 * word-separators) or part of a word; a word is a run of cells of one kind that is not blank, and
 * the end of a line counts as a blank, so words never run across lines.
 */
final class Words {
    /** tmux's default word-separators. */
    static final String SEPARATORS = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~";

    private enum Kind { BLANK, SEPARATOR, WORD }

    private final ScreenCopy copy;
    /** The word-separators option's characters; next-space and its kin pass none, so only blanks part words. */
    private final String separators;

    Words(ScreenCopy copy, String separators) {
        this.copy = copy;
        this.separators = separators;
    }

    /** The first cell of the word (or run of separators or blanks) under {@code at}, within its line. */
    Position wordStart(Position at) {
        Kind word = kind(at);
        int column = Math.min(at.column(), copy.length(at.line()));
        while (column > 0 && kind(new Position(at.line(), column - 1)) == word) column--;
        return new Position(at.line(), column);
    }

    /** The last cell of the word under {@code at}, within its line. */
    Position wordEnd(Position at) {
        Kind word = kind(at);
        int column = at.column();
        while (column + 1 < copy.length(at.line()) && kind(new Position(at.line(), column + 1)) == word) column++;
        return new Position(at.line(), column);
    }

    /** The start of the next word (vi w). */
    Position nextStart(Position from) {
        Position at = from;
        Kind started = kind(at);
        while (!isLast(at) && kind(at) == started && started != Kind.BLANK) at = next(at);
        while (!isLast(at) && kind(at) == Kind.BLANK) at = next(at);
        return at;
    }

    /** The start of this word, or of the previous one when already at a start (vi b). */
    Position previousStart(Position from) {
        Position at = from;
        if (isFirst(at)) return at;
        at = previous(at);
        while (!isFirst(at) && kind(at) == Kind.BLANK) at = previous(at);
        Kind word = kind(at);
        while (!isFirst(at) && kind(previous(at)) == word) at = previous(at);
        return at;
    }

    /** The last cell of this word, or of the next one when already at its end (vi e). */
    Position nextEnd(Position from) {
        Position at = from;
        if (isLast(at)) return at;
        at = next(at);
        while (!isLast(at) && kind(at) == Kind.BLANK) at = next(at);
        Kind word = kind(at);
        while (!isLast(at) && kind(next(at)) == word) at = next(at);
        return at;
    }

    private Kind kind(Position at) {
        if (at.column() >= copy.length(at.line())) return Kind.BLANK;
        Line line = copy.line(at.line());
        int codePoint = line.codePoint(at.column());
        if (codePoint == ' ' || codePoint == Line.WIDE_CONTINUATION) return Kind.BLANK;
        return separators.indexOf(codePoint) >= 0 ? Kind.SEPARATOR : Kind.WORD;
    }

    /** The next cell; a line's last place is just past its text, then the next line begins. */
    private Position next(Position at) {
        if (at.column() < copy.length(at.line())) return new Position(at.line(), at.column() + 1);
        return new Position(at.line() + 1, 0);
    }

    private Position previous(Position at) {
        if (at.column() > 0) return new Position(at.line(), Math.min(at.column() - 1, copy.length(at.line())));
        return new Position(at.line() - 1, copy.length(at.line() - 1));
    }

    private boolean isFirst(Position at) {
        return at.line() <= 0 && at.column() <= 0;
    }

    private boolean isLast(Position at) {
        return at.line() >= copy.size() - 1 && at.column() >= copy.length(copy.size() - 1);
    }
}

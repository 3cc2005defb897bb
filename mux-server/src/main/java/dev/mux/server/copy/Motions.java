package dev.mux.server.copy;

import dev.mux.server.term.Line;
import java.util.Optional;

/** Copy mode's paragraph and bracket motions over its lines, as tmux's: positions, no state. */
final class Motions {
    private static final String OPEN = "{[(";
    private static final String CLOSE = "}])";

    private Motions() {}

    /** next-paragraph: past any empty lines, then past the paragraph, to the end of the line that ends it. */
    static Position nextParagraph(ScreenCopy copy, int from) {
        int last = copy.size() - 1;
        int line = from;
        while (line < last && copy.length(line) == 0) line++;
        while (line < last && copy.length(line) > 0) line++;
        return new Position(line, copy.length(line));
    }

    /** previous-paragraph: back past empty lines, then past the paragraph, to the start of the empty line before it. */
    static Position previousParagraph(ScreenCopy copy, int from) {
        int line = from;
        while (line > 0 && copy.length(line) == 0) line--;
        while (line > 0 && copy.length(line) > 0) line--;
        return new Position(line, 0);
    }

    /** The bracket at {@code at}, or 0 for any other cell. */
    static char bracketAt(ScreenCopy copy, Position at) {
        Line line = copy.line(at.line());
        if (line == null || at.column() < 0 || at.column() >= line.columns() || line.width(at.column()) == 0) return 0;
        String text = line.text(at.column());
        return text.length() == 1 && (OPEN + CLOSE).indexOf(text.charAt(0)) >= 0 ? text.charAt(0) : 0;
    }

    static boolean opening(char bracket) {
        return OPEN.indexOf(bracket) >= 0;
    }

    /** The bracket that closes the opening one at {@code at}, walking forward over lines. */
    static Optional<Position> matchForward(ScreenCopy copy, Position at) {
        char open = bracketAt(copy, at);
        char close = CLOSE.charAt(OPEN.indexOf(open));
        int depth = 1;
        int line = at.line();
        int column = at.column();
        while (true) {
            if (column >= copy.length(line)) {
                if (line >= copy.size() - 1) return Optional.empty();
                line++;
                column = 0;
            } else {
                column++;
            }
            char here = bracketAt(copy, new Position(line, column));
            if (here == open) depth++;
            if (here == close && --depth == 0) return Optional.of(new Position(line, column));
        }
    }

    /** The bracket that opens the closing one at {@code at}, walking backward over lines, skipping empty ones. */
    static Optional<Position> matchBackward(ScreenCopy copy, Position at) {
        char close = bracketAt(copy, at);
        char open = OPEN.charAt(CLOSE.indexOf(close));
        int depth = 1;
        int line = at.line();
        int column = at.column();
        while (true) {
            if (column == 0) {
                do {
                    if (line == 0) return Optional.empty();
                    line--;
                } while (copy.length(line) == 0);
                column = copy.length(line) - 1;
            } else {
                column--;
            }
            char here = bracketAt(copy, new Position(line, column));
            if (here == close) depth++;
            if (here == open && --depth == 0) return Optional.of(new Position(line, column));
        }
    }
}

package dev.mux.server.copy;

import dev.mux.server.term.Line;
import java.util.Optional;

/**
 * The jump commands (vi's f, F, t, T): to the next or previous cell holding a character, along the
 * cursor's line and the rows it wrapped onto, never further. The last jump is kept, for
 * jump-again and jump-reverse.
 */
final class Jumps {
    /** Which way and whether the cursor stops on the character or next to it. */
    enum Kind {
        FORWARD, BACKWARD, TO_FORWARD, TO_BACKWARD;

        Kind reversed() {
            return switch (this) {
                case FORWARD -> BACKWARD;
                case BACKWARD -> FORWARD;
                case TO_FORWARD -> TO_BACKWARD;
                case TO_BACKWARD -> TO_FORWARD;
            };
        }
    }

    private Jumps() {}

    /** Where a jump of {@code kind} to {@code text} from {@code from} lands, if the character is there. */
    static Optional<Position> jump(ScreenCopy copy, Position from, Kind kind, String text) {
        return switch (kind) {
            case FORWARD -> forward(copy, new Position(from.line(), from.column() + 1), text);
            case TO_FORWARD -> forward(copy, new Position(from.line(), from.column() + 2), text).map(at -> left(copy, at));
            case BACKWARD -> backward(copy, leftInLine(copy, from), text);
            case TO_BACKWARD -> backward(copy, leftInLine(copy, leftInLine(copy, from)), text).map(at -> right(copy, at));
        };
    }

    private static Optional<Position> forward(ScreenCopy copy, Position from, String text) {
        int column = from.column();
        for (int line = from.line(); line < copy.size(); line++) {
            for (; column < copy.length(line); column++) {
                if (holds(copy.line(line), column, text)) return Optional.of(new Position(line, column));
            }
            if (!copy.wrapped(line)) break;
            column = 0;
        }
        return Optional.empty();
    }

    private static Optional<Position> backward(ScreenCopy copy, Position from, String text) {
        int column = from.column();
        for (int line = from.line(); line >= 0; line--) {
            for (; column >= 0; column--) {
                if (holds(copy.line(line), column, text)) return Optional.of(new Position(line, column));
            }
            if (line == 0 || !copy.wrapped(line - 1)) break;
            column = copy.length(line - 1) - 1;
        }
        return Optional.empty();
    }

    private static boolean holds(Line line, int column, String text) {
        return line != null && column < line.columns() && line.width(column) > 0 && line.text(column).equals(text);
    }

    /** One cell left; from a row's first cell to the end of the row it wrapped from. */
    private static Position leftInLine(ScreenCopy copy, Position at) {
        if (at.column() > 0) return new Position(at.line(), at.column() - 1);
        if (at.line() > 0 && copy.wrapped(at.line() - 1)) return new Position(at.line() - 1, copy.length(at.line() - 1) - 1);
        return at;
    }

    private static Position left(ScreenCopy copy, Position at) {
        return leftInLine(copy, at);
    }

    private static Position right(ScreenCopy copy, Position at) {
        if (at.column() + 1 < copy.length(at.line()) || !copy.wrapped(at.line())) return new Position(at.line(), at.column() + 1);
        return new Position(at.line() + 1, 0);
    }
}

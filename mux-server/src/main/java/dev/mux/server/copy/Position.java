package dev.mux.server.copy;

/** A cell in copy mode's lines: {@code line} counts from the oldest history line (0). */
record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    static Position min(Position a, Position b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Position max(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

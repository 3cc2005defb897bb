package dev.mux.server.term;

import java.util.BitSet;

/** Horizontal tab stops; initially one every {@link #DEFAULT_INTERVAL} columns (terminfo {@code it#8}). */
final class TabStops {
    static final int DEFAULT_INTERVAL = 8;

    private final BitSet stops = new BitSet();
    private int columns;

    TabStops(int columns) {
        this.columns = columns;
        reset();
    }

    void reset() {
        stops.clear();
        for (int column = DEFAULT_INTERVAL; column < columns; column += DEFAULT_INTERVAL) {
            stops.set(column);
        }
    }

    /** New columns get the default stops; existing stops are kept. */
    void resize(int newColumns) {
        for (int column = columns; column < newColumns; column++) {
            stops.set(column, column % DEFAULT_INTERVAL == 0);
        }
        if (newColumns < columns) {
            stops.clear(newColumns, columns);
        }
        columns = newColumns;
    }

    void set(int column) {
        stops.set(column);
    }

    void clear(int column) {
        stops.clear(column);
    }

    void clearAll() {
        stops.clear();
    }

    /** The next stop right of {@code column}, or the last column if there is none. */
    int next(int column) {
        int stop = stops.nextSetBit(column + 1);
        return stop < 0 || stop >= columns ? columns - 1 : stop;
    }

    /** The previous stop left of {@code column}, or column 0 if there is none. */
    int previous(int column) {
        int stop = column > 0 ? stops.previousSetBit(column - 1) : -1;
        return Math.max(0, stop);
    }
}

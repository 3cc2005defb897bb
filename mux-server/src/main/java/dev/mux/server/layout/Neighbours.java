package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * select-pane -L/-R/-U/-D, as tmux's window_pane_find_*: the candidates are the panes whose far
 * side lies just across the border from the pane's side (across the window when the pane is at
 * the edge, so movement wraps) and that overlap it along that side; a chooser picks one.
 */
final class Neighbours {
    private Neighbours() {
    }

    static <P> Optional<P> find(Layout<P> layout, Cell<P> from, Direction direction,
            Function<List<Cell<P>>, Cell<P>> chooser) {
        List<Cell<P>> candidates = new ArrayList<>();
        for (Cell<P> other : layout.leafCells()) {
            if (other != from && touches(layout, from, other, direction) && overlaps(from, other, direction)) {
                candidates.add(other);
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(chooser.apply(candidates).pane);
    }

    /** tmux's choice: the most recently active candidate, the first in pane order on ties. */
    static <P> Function<List<Cell<P>>, Cell<P>> mostRecent(ToLongFunction<P> lastActive) {
        return candidates -> {
            Cell<P> best = candidates.get(0);
            for (Cell<P> candidate : candidates) {
                if (lastActive.applyAsLong(candidate.pane) > lastActive.applyAsLong(best.pane)) {
                    best = candidate;
                }
            }
            return best;
        };
    }

    /** Without activity history: the candidate spanning the pane's centre line, else the first. */
    static <P> Function<List<Cell<P>>, Cell<P>> centreLineFirst(Cell<P> from, Direction direction) {
        boolean horizontal = direction.axis() == Split.LEFT_RIGHT;
        int centre = horizontal ? from.y + from.rows / 2 : from.x + from.columns / 2;
        return candidates -> {
            for (Cell<P> candidate : candidates) {
                int start = horizontal ? candidate.y : candidate.x;
                int length = horizontal ? candidate.rows : candidate.columns;
                if (centre >= start && centre < start + length) {
                    return candidate;
                }
            }
            return candidates.get(0);
        };
    }

    /** Whether {@code other}'s facing side is one border away from {@code from}'s, with wrapping. */
    private static boolean touches(Layout<?> layout, Cell<?> from, Cell<?> other, Direction direction) {
        switch (direction) {
            case UP: {
                int edge = from.y == 0 ? layout.rows() + 1 : from.y;
                return other.y + other.rows + 1 == edge;
            }
            case DOWN: {
                int edge = from.y + from.rows + 1;
                return other.y == (edge >= layout.rows() ? 0 : edge);
            }
            case LEFT: {
                int edge = from.x == 0 ? layout.columns() + 1 : from.x;
                return other.x + other.columns + 1 == edge;
            }
            default: {
                int edge = from.x + from.columns + 1;
                return other.x == (edge >= layout.columns() ? 0 : edge);
            }
        }
    }

    /**
     * tmux's overlap test along the side; its far end includes the border cell after
     * {@code from}, so a pane starting just past that border still counts.
     */
    private static boolean overlaps(Cell<?> from, Cell<?> other, Direction direction) {
        boolean horizontal = direction.axis() == Split.LEFT_RIGHT;
        int low = horizontal ? from.y : from.x;
        int high = low + (horizontal ? from.rows : from.columns);
        int start = horizontal ? other.y : other.x;
        int end = start + (horizontal ? other.rows : other.columns) - 1;
        return (start < low && end > high)
                || (start >= low && start <= high)
                || (end >= low && end <= high);
    }
}

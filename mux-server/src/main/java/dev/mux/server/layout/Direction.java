package dev.mux.server.layout;

/** A direction on screen, as in resize-pane and select-pane -L/-R/-U/-D. */
public enum Direction {
    LEFT(Split.LEFT_RIGHT, -1),
    RIGHT(Split.LEFT_RIGHT, 1),
    UP(Split.TOP_BOTTOM, -1),
    DOWN(Split.TOP_BOTTOM, 1);

    private final Split axis;
    private final int sign;

    Direction(Split axis, int sign) {
        this.axis = axis;
        this.sign = sign;
    }

    /** The axis this direction moves along. */
    Split axis() {
        return axis;
    }

    /** -1 towards the top-left, 1 towards the bottom-right. */
    int sign() {
        return sign;
    }
}

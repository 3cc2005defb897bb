package dev.mux.server.layout;

/**
 * How a split arranges its parts, and also the axis a size is measured on: {@link #LEFT_RIGHT}
 * (split-window -h) puts parts side by side and sizes them in columns; {@link #TOP_BOTTOM}
 * (split-window -v) stacks them and sizes them in rows.
 */
public enum Split {
    LEFT_RIGHT,
    TOP_BOTTOM
}

package dev.mux.protocol;

/** Limits of the wire format, stated once for both ends. */
public final class Protocol {
    /** Bumped on any incompatible change of frames or messages. */
    public static final int VERSION = 3;

    /**
     * Largest frame body (type byte plus payload). Generous for a full-screen redraw of a very
     * large terminal, small enough that a garbage length cannot make either side allocate much.
     */
    public static final int MAX_FRAME_BYTES = 1 << 20;

    /**
     * Most bytes one output frame carries (the frame's type, stream and length fields take the
     * rest): longer output goes in several frames, which the client writes one after the other.
     */
    public static final int MAX_OUTPUT_PIECE_BYTES = MAX_FRAME_BYTES - 16;

    /** Bytes before each frame body: its length as a big-endian int. */
    public static final int LENGTH_BYTES = 4;

    /**
     * Most columns or rows a client may report for its terminal (tmux's WINDOW_MAXIMUM). The server
     * draws a frame of the client's size, so a garbage size must be refused before it is used.
     */
    public static final int MAX_TERMINAL_SIZE = 10_000;

    /** Most arguments one command line may carry. */
    public static final int MAX_ARGS = 4096;

    private Protocol() {}
}

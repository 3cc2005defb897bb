package dev.mux.protocol;

/** Limits of the wire format, stated once for both ends. */
public final class Protocol {
    /** Bumped on any incompatible change of frames or messages. */
    public static final int VERSION = 1;

    /**
     * Largest frame body (type byte plus payload). Generous for a full-screen redraw of a very
     * large terminal, small enough that a garbage length cannot make either side allocate much.
     */
    public static final int MAX_FRAME_BYTES = 1 << 20;

    /** Bytes before each frame body: its length as a big-endian int. */
    public static final int LENGTH_BYTES = 4;

    /** Most arguments one command line may carry. */
    public static final int MAX_ARGS = 4096;

    private Protocol() {}
}

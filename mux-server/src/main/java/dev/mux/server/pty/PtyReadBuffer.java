package dev.mux.server.pty;

import java.nio.ByteBuffer;

/**
 * What every pane of one event loop reads its output through. A read is parsed before the next one
 * starts, so one buffer serves them all; it is direct, so the kernel copies straight into it (the
 * JDK would otherwise read through a temporary native buffer of its own).
 */
public final class PtyReadBuffer {
    /** More than one read of a pty master returns (4 KiB on Linux). */
    private static final int BYTES = 16 * 1024;

    final ByteBuffer direct = ByteBuffer.allocateDirect(BYTES);
    /** The same bytes for the parser, which reads arrays. */
    final byte[] bytes = new byte[BYTES];
}

package dev.mux.server.loop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;

/**
 * Bytes waiting for a non-blocking channel that took less than it was offered: a client's socket,
 * a client's terminal, a pane's input. Its owner decides when to flush (at once, then when the
 * channel says it is writable) and what a failure means. Loop thread only.
 */
public final class WriteQueue {
    /**
     * The most one write offers the channel, which takes less at a time: the JDK first copies all
     * it is offered from a heap buffer into native memory, so offering a whole paste or a whole
     * redraw would copy it again for every write.
     */
    private static final int WRITE_CHUNK_BYTES = 64 * 1024;

    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private long pendingBytes;

    public void add(ByteBuffer bytes) {
        queue.add(bytes);
        pendingBytes += bytes.remaining();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Bytes added and not yet written. */
    public long pendingBytes() {
        return pendingBytes;
    }

    /** Writes what {@code channel} takes now, in order; true if nothing is left. */
    public boolean flush(WritableByteChannel channel) throws IOException {
        while (!queue.isEmpty()) {
            ByteBuffer head = queue.peek();
            int offered = Math.min(head.remaining(), WRITE_CHUNK_BYTES);
            int written = channel.write(head.slice(head.position(), offered));
            head.position(head.position() + written);
            pendingBytes -= written;
            if (written < offered) return false;
            if (!head.hasRemaining()) queue.poll();
        }
        return true;
    }

    public void clear() {
        queue.clear();
        pendingBytes = 0;
    }
}

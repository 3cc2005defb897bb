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
     * The most one write offers the channel, which takes less at a time: what it is offered is
     * first copied into native memory, so offering a whole paste or a whole redraw would copy it
     * again for every write.
     */
    private static final int WRITE_CHUNK_BYTES = 64 * 1024;
    /** The native buffer's first size: a key, or a frame that changed a few cells. */
    private static final int FIRST_STAGING_BYTES = 4 * 1024;

    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private long pendingBytes;
    /** Bytes written since the queue was made: with {@link #pendingBytes} it tells how far a reader is behind. */
    private long writtenBytes;
    /**
     * Native memory the bytes are copied into before each write, as the JDK would copy a heap
     * buffer itself, but without its per-thread cache of temporary buffers to look up and give
     * back on every write (some 5% of the loop's time per typed key). Grows to the largest write,
     * at most {@link #WRITE_CHUNK_BYTES}.
     */
    private ByteBuffer staging;

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
            int written = channel.write(staged(head, offered));
            head.position(head.position() + written);
            pendingBytes -= written;
            writtenBytes += written;
            if (written < offered) return false;
            if (!head.hasRemaining()) queue.poll();
        }
        return true;
    }

    /** The next {@code length} bytes of {@code head}, in native memory, ready to write. */
    private ByteBuffer staged(ByteBuffer head, int length) {
        if (staging == null || staging.capacity() < length) {
            int capacity = FIRST_STAGING_BYTES;
            while (capacity < length) capacity *= 2;
            staging = ByteBuffer.allocateDirect(Math.min(capacity, WRITE_CHUNK_BYTES));
        }
        staging.clear().put(0, head, head.position(), length).limit(length);
        return staging;
    }

    /** Bytes the channel has taken in all. */
    public long writtenBytes() {
        return writtenBytes;
    }

    /**
     * Drops what waits, except the rest of a piece already begun (the reader is mid-frame in it):
     * for a reader so far behind that it is given up on, with room for a last word.
     */
    public void dropUnstarted() {
        ByteBuffer head = queue.peek();
        boolean started = head != null && head.position() > 0;
        clear();
        if (started) add(head);
    }

    public void clear() {
        queue.clear();
        pendingBytes = 0;
    }
}

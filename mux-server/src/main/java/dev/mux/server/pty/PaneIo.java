package dev.mux.server.pty;

import dev.mux.server.loop.EventLoop;
import dev.mux.server.loop.WriteQueue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pane's pty on the event loop: it reads the program's output when the terminal has some, a fair
 * share per turn, and writes the program's input without ever blocking. Input the terminal cannot
 * take yet waits here until the terminal says it can (OP_WRITE), so a program that stops reading
 * holds up nothing but its own input. Loop thread only.
 */
final class PaneIo implements EventLoop.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(PaneIo.class);
    /** Input waiting for a pane's program, at most: far more than any paste a program keeps up with. */
    private static final long MAX_QUEUED_INPUT_BYTES = 8L << 20;
    /**
     * The most a pane reads in one turn of the loop before the other panes, the clients and the
     * renderer get theirs: a flooding pane cannot starve them, and a busy loop still turns less
     * often than once per read.
     */
    private static final int FAIR_SHARE_BYTES = 64 * 1024;
    /** The most one read of a pty master returns on Linux (its line discipline's buffer). */
    private static final int FULL_READ_BYTES = 4096;

    private final PtyChannels channels;
    private final PtyReadBuffer readBuffer;
    private final long pid;
    private final PaneProcess.Listener listener;
    private final Runnable outputEnded;
    private final SelectionKey readKey;
    private final SelectionKey writeKey;
    private final WriteQueue input = new WriteQueue();
    /** The program's side of the terminal closed, or we hung up: nothing more is read or written. */
    private boolean ended;
    /** Input dropped since the queue was last full, told once in the log when the program reads again. */
    private long droppedBytes;

    /**
     * @param listener    gets the output ({@link PaneProcess.Listener#output})
     * @param outputEnded runs once the program's side of the terminal is closed: no more output
     */
    PaneIo(PtyChannels channels, Selector selector, PtyReadBuffer readBuffer, long pid,
            PaneProcess.Listener listener, Runnable outputEnded) throws IOException {
        this.channels = channels;
        this.readBuffer = readBuffer;
        this.pid = pid;
        this.listener = listener;
        this.outputEnded = outputEnded;
        this.readKey = channels.source().register(selector, SelectionKey.OP_READ, this);
        this.writeKey = channels.sink().register(selector, 0, this);
    }

    /**
     * Queues bytes for the program's input and writes what the terminal takes now. A program that
     * stops reading while a client pastes into it could grow the queue without end: past
     * {@link #MAX_QUEUED_INPUT_BYTES} input is dropped, as a full terminal line buffer drops it.
     */
    void write(byte[] bytes) {
        if (ended || bytes.length == 0) return;
        if (input.pendingBytes() + bytes.length > MAX_QUEUED_INPUT_BYTES) {
            // Once per time the queue fills: a client pasting on would otherwise write a line per key.
            if (droppedBytes == 0) LOG.warn("pid {} is not reading its input: input past {} bytes is dropped", pid, MAX_QUEUED_INPUT_BYTES);
            droppedBytes += bytes.length;
            return;
        }
        // Earlier input still waiting means the terminal is full: OP_WRITE tells when it is not.
        boolean waiting = !input.isEmpty();
        input.add(ByteBuffer.wrap(bytes));
        if (!waiting) flush();
    }

    /** Stops reading and writing and closes the channels (see {@link PtyChannels#close()}). */
    void close() {
        end();
        channels.close();
    }

    @Override
    public void ready(SelectionKey key) {
        if (key == writeKey) {
            flush();
        } else {
            read();
        }
    }

    @Override
    public void failed(Exception cause) {
        // Only the listener can throw here (reads and writes handle their errors): a bug in parsing
        // one piece of output, which must not end the pane.
        LOG.error("output of pid {} could not be handled", pid, cause);
    }

    private void read() {
        // Each read is parsed before the next: the kernel holds only some 12 to 18 KiB for the
        // program, which so writes on while we parse, not only while we read.
        int share = FAIR_SHARE_BYTES;
        while (!ended && share > 0) {
            int n = readOnce(share);
            if (n == 0) return;
            if (n < 0) {
                end();
                outputEnded.run();
                return;
            }
            listener.output(readBuffer.bytes, n);
            share -= n;
            // Less than a full read: the terminal had nothing more just now. Asking again would be a
            // read that fails, before the echo of a key is drawn; the selector says when there is more.
            if (n < FULL_READ_BYTES) return;
        }
    }

    /** One read of at most {@code max} bytes into the shared array: how many, 0 if none for now, -1 at the end. */
    private int readOnce(int max) {
        ByteBuffer buffer = readBuffer.direct;
        buffer.clear().limit(Math.min(buffer.capacity(), max));
        try {
            int n = channels.source().read(buffer);
            if (n > 0) buffer.flip().get(readBuffer.bytes, 0, n);
            return n;
        } catch (IOException e) {
            // EIO: no process has the terminal open any more.
            LOG.debug("pty read of pid {} ended: {}", pid, e.getMessage());
            return -1;
        }
    }

    /**
     * Nobody is left to read input, and a terminal whose other side closed reports itself ready
     * (hung up) on every turn, for reading and for writing alike: both keys go.
     */
    private void end() {
        ended = true;
        readKey.cancel();
        writeKey.cancel();
        input.clear();
    }

    private void flush() {
        try {
            input.flush(channels.sink());
        } catch (IOException e) {
            LOG.debug("pty write of pid {} failed, {} bytes dropped: {}", pid, input.pendingBytes(), e.getMessage());
            input.clear();
        }
        if (!ended) writeKey.interestOps(input.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        if (input.isEmpty() && droppedBytes > 0) {
            LOG.warn("pid {} reads its input again: {} bytes were dropped", pid, droppedBytes);
            droppedBytes = 0;
        }
    }
}

package dev.mux.server.loop;

import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.ProtocolException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One client socket: frames in, frames out, never blocking the loop. Frames that cannot be written
 * at once wait in a queue; {@link #pendingBytes()} lets the renderer hold back while a slow client
 * catches up, so a flooding pane never queues unbounded output for it.
 */
public final class ClientConnection implements EventLoop.Handler {
    /** What the server learns from a connection. All calls come on the loop thread. */
    public interface Listener {
        void received(ClientConnection connection, Message message);

        /** The output queue emptied: a good moment to render what was held back. */
        void drained(ClientConnection connection);

        void closed(ClientConnection connection, String reason);
    }

    private static final int READ_BUFFER_BYTES = 64 * 1024;
    /**
     * One read buffer per loop thread, shared by its connections: each read is decoded before the
     * next (the decoder keeps a partial frame in its own buffer, grown as the frame arrives), so a
     * connection that sends nothing, or holds a frame open, costs no 64 KiB of its own.
     */
    private static final ThreadLocal<ByteBuffer> READ_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(READ_BUFFER_BYTES));

    private final int id;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final Listener listener;
    private final FrameDecoder decoder = new FrameDecoder();
    private final WriteQueue outgoing = new WriteQueue();
    private boolean closeWhenFlushed;
    private boolean closed;

    public ClientConnection(int id, SocketChannel channel, EventLoop loop, Listener listener) throws IOException {
        this.id = id;
        this.channel = channel;
        this.listener = listener;
        channel.configureBlocking(false);
        this.key = channel.register(loop.selector(), SelectionKey.OP_READ, this);
    }

    public int id() {
        return id;
    }

    public long pendingBytes() {
        return outgoing.pendingBytes();
    }

    /** Bytes the client's socket has taken since it connected. */
    public long writtenBytes() {
        return outgoing.writtenBytes();
    }

    /**
     * Forgets the frames a client that stopped reading has not started on (the one it is in the
     * middle of stays), so that what is sent next, its last frame, costs no more than itself.
     */
    public void dropQueued() {
        outgoing.dropUnstarted();
    }

    public boolean isOpen() {
        return !closed;
    }

    public void send(Message message) {
        if (closed || closeWhenFlushed) return;
        outgoing.add(MessageCodec.encode(message));
        flush();
    }

    /**
     * Sends output of any length: as one frame made by {@code frame}, or as several when it is
     * longer than a frame may be (a capture of a long history, a full redraw of a huge terminal).
     */
    public void sendOutput(byte[] bytes, Function<byte[], Message> frame) {
        for (int start = 0; start < bytes.length; start += Protocol.MAX_OUTPUT_PIECE_BYTES) {
            int end = Math.min(bytes.length, start + Protocol.MAX_OUTPUT_PIECE_BYTES);
            send(frame.apply(start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end)));
        }
    }

    /** Sends what is queued, then closes: the last frame (an exit or an error) must reach the client. */
    public void closeAfterFlush() {
        closeWhenFlushed = true;
        if (outgoing.isEmpty()) close("closed by server");
    }

    @Override
    public void ready(SelectionKey readyKey) throws IOException {
        if (readyKey.isWritable()) flush();
        if (!closed && readyKey.isReadable()) read();
    }

    @Override
    public void failed(Exception cause) {
        close("connection failed: " + cause.getMessage());
    }

    private void read() throws IOException {
        ByteBuffer readBuffer = READ_BUFFER.get().clear();
        int n = channel.read(readBuffer);
        if (n < 0) {
            close(decoder.isMidFrame() ? "client disconnected mid-frame (" + decoder.progress() + ")" : "client disconnected");
            return;
        }
        readBuffer.flip();
        List<Message> messages;
        try {
            messages = decoder.feed(readBuffer);
        } catch (ProtocolException e) {
            refuse(e.getMessage());
            return;
        }
        for (Message message : messages) {
            if (closed || closeWhenFlushed) return;
            listener.received(this, message);
        }
    }

    /** Tells the client why, then drops it: a protocol error never reaches the model. */
    public void refuse(String reason) {
        send(new Message.ProtocolError(reason));
        key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        closeAfterFlush();
    }

    private void flush() {
        try {
            outgoing.flush(channel);
        } catch (IOException e) {
            close("write failed: " + e.getMessage());
            return;
        }
        if (outgoing.isEmpty()) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
            if (closeWhenFlushed) {
                close("closed by server");
            } else {
                listener.drained(this);
            }
        } else {
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        }
    }

    public void close(String reason) {
        if (closed) return;
        closed = true;
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // The peer is gone either way; nothing more to tell it.
        }
        outgoing.clear();
        listener.closed(this, reason);
    }
}

package dev.mux.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reassembles frames from bytes that arrive in arbitrary pieces, as a non-blocking socket delivers
 * them. A length beyond {@link Protocol#MAX_FRAME_BYTES} is refused before anything is allocated.
 */
public final class FrameDecoder {
    private final ByteBuffer lengthBytes = ByteBuffer.allocate(Protocol.LENGTH_BYTES);
    private ByteBuffer body;

    /** Consumes all of {@code input} and returns the messages it completed, in order. */
    public List<Message> feed(ByteBuffer input) throws ProtocolException {
        List<Message> messages = new ArrayList<>();
        while (input.hasRemaining()) {
            if (body == null) {
                transfer(input, lengthBytes);
                if (lengthBytes.hasRemaining()) break;
                int length = lengthBytes.flip().getInt();
                lengthBytes.clear();
                if (length <= 0 || length > Protocol.MAX_FRAME_BYTES) {
                    throw new ProtocolException("frame length " + length + " is outside 1.." + Protocol.MAX_FRAME_BYTES);
                }
                body = ByteBuffer.allocate(length);
            }
            transfer(input, body);
            if (body.hasRemaining()) break;
            messages.add(MessageCodec.decode(body.flip()));
            body = null;
        }
        return messages;
    }

    /** True when the bytes seen so far end inside a frame: an end of stream now cuts a frame short. */
    public boolean isMidFrame() {
        return body != null || lengthBytes.position() > 0;
    }

    /** Describes how much of the current frame arrived, for the error when the peer vanishes mid-frame. */
    public String progress() {
        if (body != null) return body.position() + " of " + body.capacity() + " body bytes";
        return lengthBytes.position() + " of " + Protocol.LENGTH_BYTES + " length bytes";
    }

    private static void transfer(ByteBuffer from, ByteBuffer to) {
        int n = Math.min(from.remaining(), to.remaining());
        ByteBuffer slice = from.slice(from.position(), n);
        to.put(slice);
        from.position(from.position() + n);
    }
}

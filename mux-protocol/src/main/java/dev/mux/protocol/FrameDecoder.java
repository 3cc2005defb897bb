package dev.mux.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reassembles frames from bytes that arrive in arbitrary pieces, as a non-blocking socket delivers
 * them. A length beyond {@link Protocol#MAX_FRAME_BYTES} is refused before anything is allocated,
 * and a frame's buffer grows with the bytes that arrive, not with the length announced: a peer
 * that announces a megabyte and sends nothing holds {@value #FIRST_BODY_BYTES} bytes of the
 * server's memory, not a megabyte.
 */
public final class FrameDecoder {
    static final int FIRST_BODY_BYTES = 4096;

    private final ByteBuffer lengthBytes = ByteBuffer.allocate(Protocol.LENGTH_BYTES);
    private ByteBuffer body;
    private int bodyLength;

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
                bodyLength = length;
                body = ByteBuffer.allocate(Math.min(length, FIRST_BODY_BYTES));
            }
            if (!body.hasRemaining()) grow();
            transfer(input, body);
            if (body.position() < bodyLength) continue;
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
        if (body != null) return body.position() + " of " + bodyLength + " body bytes";
        return lengthBytes.position() + " of " + Protocol.LENGTH_BYTES + " length bytes";
    }

    /** Twice the room, up to the frame's length: the bytes that came so far are copied once more at most. */
    private void grow() {
        ByteBuffer larger = ByteBuffer.allocate((int) Math.min(bodyLength, 2L * body.capacity()));
        body = larger.put(body.flip());
    }

    private static void transfer(ByteBuffer from, ByteBuffer to) {
        int n = Math.min(from.remaining(), to.remaining());
        ByteBuffer slice = from.slice(from.position(), n);
        to.put(slice);
        from.position(from.position() + n);
    }
}

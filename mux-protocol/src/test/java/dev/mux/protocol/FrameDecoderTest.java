package dev.mux.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
    @Test
    void aLargeFrameArrivingInPiecesDecodesWhole() throws Exception {
        byte[] payload = new byte[Protocol.MAX_OUTPUT_PIECE_BYTES];
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) (i * 31);
        ByteBuffer frame = MessageCodec.encode(new Message.Output(1, payload));
        FrameDecoder decoder = new FrameDecoder();
        List<Message> decoded = new ArrayList<>();
        while (frame.hasRemaining()) {
            int piece = Math.min(frame.remaining(), 1000);
            decoded.addAll(decoder.feed(frame.slice(frame.position(), piece)));
            frame.position(frame.position() + piece);
        }
        assertEquals(1, decoded.size());
        assertArrayEquals(payload, ((Message.Output) decoded.get(0)).bytes());
        assertTrue(!decoder.isMidFrame());
    }
}

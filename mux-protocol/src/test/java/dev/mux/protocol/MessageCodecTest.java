package dev.mux.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    private static List<Message> roundTrip(Message message) throws ProtocolException {
        return new FrameDecoder().feed(MessageCodec.encode(message));
    }

    @Test
    void everyMessageSurvivesTheWire() throws ProtocolException {
        Message.Command command = new Message.Command(List.of("new-session", "-s", "wörk"), "/home/x", 120, 40, true, "xterm");
        assertEquals(List.of(command), roundTrip(command));
        assertEquals(List.of(new Message.Hello(7)), roundTrip(new Message.Hello(7)));
        assertEquals(List.of(new Message.Resize(200, 50)), roundTrip(new Message.Resize(200, 50)));
        Message.TerminalDevice tty = new Message.TerminalDevice("/dev/pts/3", 0x1_0000_0019L, -2L);
        assertEquals(List.of(tty), roundTrip(tty));
        Message.Environment env = new Message.Environment(List.of("HOME=/home/x", "A=b=c", "EMPTY="));
        assertEquals(List.of(env), roundTrip(env));
        assertEquals("b=c", env.asMap().get("A"));
        assertEquals("", env.asMap().get("EMPTY"));
        assertEquals(List.of(new Message.Exit(1, "[exited]")), roundTrip(new Message.Exit(1, "[exited]")));
        assertEquals(List.of(new Message.Attached("s", true)), roundTrip(new Message.Attached("s", true)));
        assertEquals(List.of(new Message.ProtocolError("bad")), roundTrip(new Message.ProtocolError("bad")));
        assertEquals(List.of(new Message.ControlMode(2)), roundTrip(new Message.ControlMode(2)));
        assertEquals(List.of(new Message.InputEnd()), roundTrip(new Message.InputEnd()));
        assertEquals(List.of(new Message.WaitExit(true)), roundTrip(new Message.WaitExit(true)));
        Message.Input input = (Message.Input) roundTrip(new Message.Input(new byte[] {0, 27, (byte) 255})).get(0);
        assertArrayEquals(new byte[] {0, 27, (byte) 255}, input.bytes());
        Message.Output output = (Message.Output) roundTrip(new Message.Output(2, "err\n".getBytes())).get(0);
        assertEquals(2, output.stream());
        assertArrayEquals("err\n".getBytes(), output.bytes());
    }

    @Test
    void suspendIsATypeByteAlone() throws ProtocolException {
        ByteBuffer frame = MessageCodec.encode(new Message.Suspend());
        assertEquals(5, frame.remaining());
        assertEquals(1, frame.getInt(0));
        assertEquals(21, frame.get(4));
        assertEquals(List.of(new Message.Suspend()), roundTrip(new Message.Suspend()));
        ByteBuffer trailing = ByteBuffer.allocate(6).putInt(2).put((byte) 21).put((byte) 0).flip();
        assertTrue(assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(trailing))
                .getMessage().contains("trailing"));
    }

    @Test
    void lockCarriesItsCommand() throws ProtocolException {
        assertEquals(List.of(new Message.Lock("lock -np")), roundTrip(new Message.Lock("lock -np")));
        assertEquals(23, MessageCodec.encode(new Message.Lock("")).get(4));
        assertEquals(List.of(new Message.Exec("echo hi")), roundTrip(new Message.Exec("echo hi")));
        assertEquals(List.of(new Message.HangUpParent()), roundTrip(new Message.HangUpParent()));
    }

    @Test
    void framesSplitAtEveryByteBoundaryStillDecode() throws ProtocolException {
        ByteBuffer a = MessageCodec.encode(new Message.Attached("one", false));
        ByteBuffer b = MessageCodec.encode(new Message.TerminalOutput("\u001b[Hhello".getBytes()));
        ByteBuffer joined = ByteBuffer.allocate(a.remaining() + b.remaining()).put(a).put(b).flip();
        FrameDecoder decoder = new FrameDecoder();
        List<Message> messages = new ArrayList<>();
        while (joined.hasRemaining()) {
            messages.addAll(decoder.feed(joined.slice(joined.position(), 1)));
            joined.position(joined.position() + 1);
        }
        assertEquals(2, messages.size());
        assertEquals(new Message.Attached("one", false), messages.get(0));
        assertArrayEquals("\u001b[Hhello".getBytes(), ((Message.TerminalOutput) messages.get(1)).bytes());
        assertFalse(decoder.isMidFrame());
    }

    @Test
    void oversizedLengthIsRefusedBeforeAllocating() {
        ByteBuffer frame = ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).flip();
        ProtocolException e = assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(frame));
        assertTrue(e.getMessage().contains("frame length 2147483647"), e.getMessage());
    }

    @Test
    void zeroAndNegativeLengthsAreRefused() {
        assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(ByteBuffer.allocate(4).putInt(0).flip()));
        assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(ByteBuffer.allocate(4).putInt(-5).flip()));
    }

    @Test
    void unknownTypeIsAClearError() {
        ByteBuffer frame = ByteBuffer.allocate(5).putInt(1).put((byte) 99).flip();
        ProtocolException e = assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(frame));
        assertEquals("unknown message type 99", e.getMessage());
    }

    @Test
    void truncatedAndOverlongPayloadsAreClearErrors() {
        ByteBuffer truncated = ByteBuffer.allocate(7).putInt(3).put((byte) 1).put((byte) 0).put((byte) 0).flip();
        assertTrue(assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(truncated))
                .getMessage().contains("truncated"));
        ByteBuffer trailing = ByteBuffer.allocate(10).putInt(6).put((byte) 1).putInt(1).put((byte) 9).flip();
        assertTrue(assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(trailing))
                .getMessage().contains("trailing"));
        ByteBuffer hugeField = ByteBuffer.allocate(9).putInt(5).put((byte) 3).putInt(1000).flip();
        assertTrue(assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(hugeField))
                .getMessage().contains("exceeds the frame"));
    }

    @Test
    void partialFrameIsReportedAsMidFrame() throws ProtocolException {
        ByteBuffer frame = MessageCodec.encode(new Message.Attached("session", false));
        FrameDecoder decoder = new FrameDecoder();
        decoder.feed(frame.slice(0, 6));
        assertTrue(decoder.isMidFrame());
        assertEquals("2 of " + (frame.remaining() - 4) + " body bytes", decoder.progress());
    }

    @Test
    void sizesBeyondAnyTerminalAreRefused() {
        ByteBuffer frame = ByteBuffer.allocate(13).putInt(9).put((byte) 4).putInt(Integer.MAX_VALUE).putInt(5).flip();
        assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(frame));
        ByteBuffer largest = MessageCodec.encode(new Message.Resize(Protocol.MAX_TERMINAL_SIZE, Protocol.MAX_TERMINAL_SIZE));
        assertDoesNotThrow(() -> new FrameDecoder().feed(largest));
    }

    @Test
    void negativeSizesInAResizeAreRefused() {
        ByteBuffer frame = ByteBuffer.allocate(13).putInt(9).put((byte) 4).putInt(-1).putInt(5).flip();
        assertInstanceOf(ProtocolException.class, assertThrows(ProtocolException.class, () -> new FrameDecoder().feed(frame)));
    }

    @Test
    void aCommandLineOverTheFrameLimitDoesNotFit() {
        String huge = "x".repeat(Protocol.MAX_FRAME_BYTES);
        assertFalse(MessageCodec.fits(new Message.Command(List.of("set-buffer", huge), "/", 0, 0, false, "")));
        assertTrue(MessageCodec.fits(new Message.Command(List.of("set-buffer", "small"), "/", 0, 0, false, "")));
    }
}

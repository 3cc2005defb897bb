package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import dev.mux.protocol.ProtocolException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a client sends, the server answers the next client. */
class BadInputTest {
    private static final String CONNECTION_RESET = "connection reset";

    @TempDir
    Path scratch;

    @Test
    void unknownCommandIsAnError() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            // The client knows no command names, so a server must be there to say which are unknown.
            mux.mux("new", "-d", "-s", "keep").ok();
            Run run = mux.mux("nosuchcommand");
            assertEquals(1, run.status(), run.toString());
            assertTrue(run.err().contains("unknown command: nosuchcommand"), run.toString());
        }
    }

    @Test
    void hugeFrameLengthIsRefusedAndTheServerGoesOn() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "keep").ok();
            try (SocketChannel raw = connect(mux.socket())) {
                write(raw, ByteBuffer.allocate(8).putInt(0x7fffffff).putInt(0).flip());
                String reply = readUntilClosed(raw);
                assertTrue(reply.lines().allMatch(line -> line.startsWith("Hello") || line.startsWith("ProtocolError")
                        || line.equals(CONNECTION_RESET)), reply);
            }
            assertTrue(mux.mux("ls").ok().out().startsWith("keep: "));
        }
    }

    @Test
    void clientVanishingMidFrameDoesNotHurtTheServer() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "keep").ok();
            try (SocketChannel raw = connect(mux.socket())) {
                write(raw, MessageCodec.encode(new Message.Hello(Protocol.VERSION)));
                // A command frame announced as 100 bytes, cut short after 10.
                write(raw, ByteBuffer.allocate(14).putInt(100).put(new byte[10]).flip());
            }
            assertTrue(mux.mux("ls").ok().out().startsWith("keep: "));
        }
    }

    private static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
    }

    private static void write(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) channel.write(bytes);
    }

    /**
     * Decodes the server's frames until it closes the connection, as the names of the messages;
     * a server that keeps the connection open fails the test at the deadline.
     */
    private static String readUntilClosed(SocketChannel channel) throws Exception {
        CompletableFuture<String> frames = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            FrameDecoder decoder = new FrameDecoder();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (channel.read(buffer.clear()) >= 0) {
                    for (Message message : decoder.feed(buffer.flip())) seen.append(message).append('\n');
                }
            } catch (IOException e) {
                seen.append(CONNECTION_RESET).append('\n');
            } catch (ProtocolException e) {
                throw new AssertionError("the server sent a bad frame: " + e.getMessage(), e);
            }
            return seen.toString();
        });
        return frames.get(Poll.DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}

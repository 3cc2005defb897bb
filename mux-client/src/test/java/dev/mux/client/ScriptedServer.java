package dev.mux.client;

import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Accepts one client, reads its hello and command, answers with fixed replies and closes: enough
 * to check how the client treats each reply without the real server.
 */
final class ScriptedServer implements AutoCloseable {
    private final ServerSocketChannel listener;
    private final CompletableFuture<List<Message>> received;

    private ScriptedServer(ServerSocketChannel listener, List<Message> replies) {
        this.listener = listener;
        this.received = CompletableFuture.supplyAsync(() -> serve(replies));
    }

    static ScriptedServer listen(Path socket, Message... replies) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        return new ScriptedServer(listener, List.of(replies));
    }

    /** The hello and command the client sent. */
    List<Message> received() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    private List<Message> serve(List<Message> replies) {
        try (SocketChannel client = listener.accept()) {
            List<Message> messages = new ArrayList<>();
            FrameDecoder decoder = new FrameDecoder();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            // Up to the command, which every client sends last: what came before it can arrive in
            // reads of its own when the machine is busy.
            while (messages.stream().noneMatch(Message.Command.class::isInstance) && client.read(buffer.clear()) >= 0) {
                messages.addAll(decoder.feed(buffer.flip()));
            }
            for (Message reply : replies) {
                ByteBuffer frame = MessageCodec.encode(reply);
                while (frame.hasRemaining()) client.write(frame);
            }
            return messages;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

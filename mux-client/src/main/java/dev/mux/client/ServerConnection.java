package dev.mux.client;

import dev.mux.platform.jdk.UnixSocketChannels;
import dev.mux.protocol.FrameDecoder;
import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.ProtocolException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;

/**
 * A blocking connection to the server. One thread receives; any thread may send (input relay,
 * resize handler and main thread all do), so sends are serialised to keep frames whole.
 */
final class ServerConnection implements AutoCloseable {
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    /** Nothing listens on the socket: no file, or a stale file left by a server that died. */
    static final class NoServerException extends Exception {
        private static final long serialVersionUID = 1L;

        NoServerException(Path socket) {
            super("no server running on " + socket);
        }
    }

    private final SocketChannel channel;
    private final FrameDecoder decoder = new FrameDecoder();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private final ArrayDeque<Message> received = new ArrayDeque<>();
    private final Object sendLock = new Object();

    private ServerConnection(SocketChannel channel) {
        this.channel = channel;
    }

    static ServerConnection connect(Path socket) throws NoServerException, ClientException {
        SocketChannel channel = null;
        try {
            channel = UnixSocketChannels.open();
            channel.connect(UnixDomainSocketAddress.of(socket));
            return new ServerConnection(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            if (e instanceof ConnectException || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoServerException(socket);
            }
            throw new ClientException("error connecting to " + socket + " (" + e.getMessage() + ")");
        }
    }

    void send(Message message) throws IOException {
        ByteBuffer frame = MessageCodec.encode(message);
        synchronized (sendLock) {
            while (frame.hasRemaining()) channel.write(frame);
        }
    }

    /** The next message, or null once the server has closed the connection. */
    Message receive() throws IOException, ProtocolException {
        while (received.isEmpty()) {
            readBuffer.clear();
            if (channel.read(readBuffer) < 0) return null;
            // A loop, not addAll: ArrayDeque.addAll links a lambda, a cost every command pays at start-up.
            for (Message message : decoder.feed(readBuffer.flip())) received.add(message);
        }
        return received.poll();
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is the last thing done with this socket; there is nobody left to tell.
        }
    }
}

package dev.mux.server.loop;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.slf4j.LoggerFactory;

/** Accepts connections on the server socket and hands each to the server. */
public final class ClientListener implements EventLoop.Handler {
    /** Receives each accepted channel, on the loop thread. */
    public interface Acceptor {
        void accepted(SocketChannel channel) throws IOException;
    }

    private final ServerSocketChannel socket;
    private final Acceptor acceptor;

    public ClientListener(ServerSocketChannel socket, EventLoop loop, Acceptor acceptor) throws IOException {
        this.socket = socket;
        this.acceptor = acceptor;
        socket.configureBlocking(false);
        socket.register(loop.selector(), SelectionKey.OP_ACCEPT, this);
    }

    @Override
    public void ready(SelectionKey key) throws IOException {
        SocketChannel channel;
        while ((channel = socket.accept()) != null) {
            try {
                acceptor.accepted(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    @Override
    public void failed(Exception cause) {
        LoggerFactory.getLogger(ClientListener.class).warn("accept failed: {}", cause.getMessage());
    }
}

package dev.mux.server.loop;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts connections on the server socket and hands each to the server. When accepting fails
 * (most often: out of file descriptors, EMFILE), the connection stays in the kernel's queue and
 * the socket stays readable, so trying again at once would spin the loop and fill the log; as
 * tmux does, the listener stops asking for a second ({@link #BACK_OFF_MILLIS}) and then tries
 * again, logging once per pause.
 */
public final class ClientListener implements EventLoop.Handler {
    /** tmux's pause too: long enough to cost nothing, short enough that a freed descriptor is soon used. */
    static final long BACK_OFF_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ClientListener.class);

    /** Receives each accepted channel, on the loop thread. */
    public interface Acceptor {
        void accepted(SocketChannel channel) throws IOException;
    }

    private final ServerSocketChannel socket;
    private final EventLoop loop;
    private final Acceptor acceptor;
    private final SelectionKey key;

    public ClientListener(ServerSocketChannel socket, EventLoop loop, Acceptor acceptor) throws IOException {
        this.socket = socket;
        this.loop = loop;
        this.acceptor = acceptor;
        socket.configureBlocking(false);
        key = socket.register(loop.selector(), SelectionKey.OP_ACCEPT, this);
    }

    @Override
    public void ready(SelectionKey ready) throws IOException {
        while (true) {
            SocketChannel channel;
            try {
                channel = socket.accept();
            } catch (IOException e) {
                backOff(e);
                return;
            }
            if (channel == null) return;
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
        LOG.warn("accept failed: {}", cause.getMessage());
    }

    private void backOff(IOException cause) {
        LOG.warn("accept failed: {}; trying again in {} ms", cause.getMessage(), BACK_OFF_MILLIS);
        key.interestOps(0);
        loop.schedule(BACK_OFF_MILLIS, () -> {
            if (key.isValid()) key.interestOps(SelectionKey.OP_ACCEPT);
        });
    }
}

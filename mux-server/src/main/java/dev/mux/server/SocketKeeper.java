package dev.mux.server;

import dev.mux.server.loop.ClientListener;
import dev.mux.server.loop.EventLoop;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket, kept: when its file was removed (a cleaner of /tmp, a careless rm),
 * SIGUSR1 makes the server listen on a new one at the same path, as tmux does. Loop thread only.
 */
final class SocketKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SocketKeeper.class);

    private final Path path;
    private final Path defaultDirectory;
    private final UserPrincipal owner;
    private final EventLoop loop;
    private final ClientListener.Acceptor acceptor;
    private ServerSocketChannel channel;

    private SocketKeeper(Path path, Path defaultDirectory, UserPrincipal owner, EventLoop loop,
                         ClientListener.Acceptor acceptor) {
        this.path = path;
        this.defaultDirectory = defaultDirectory;
        this.owner = owner;
        this.loop = loop;
        this.acceptor = acceptor;
    }

    /** Starts accepting on {@code opened}, which {@link ServerSocket#open} bound to {@code path}. */
    static SocketKeeper listen(ServerSocketChannel opened, Path path, Path defaultDirectory, UserPrincipal owner,
                               EventLoop loop, ClientListener.Acceptor acceptor) throws IOException {
        SocketKeeper keeper = new SocketKeeper(path, defaultDirectory, owner, loop, acceptor);
        keeper.accept(opened);
        return keeper;
    }

    /** Listens anew if the socket file is gone; a file that is still there (ours or not) is left alone. */
    void recreate() {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("SIGUSR1: socket {} is still there", path);
            return;
        }
        try {
            ServerSocket.Opened opened = ServerSocket.open(path, defaultDirectory, owner);
            if (opened.alreadyRunning()) {
                LOG.warn("SIGUSR1: another server answers on {} now", path);
                return;
            }
            channel.close();
            accept(opened.channel());
            LOG.info("SIGUSR1: socket {} recreated", path);
        } catch (IOException e) {
            LOG.error("SIGUSR1: cannot recreate socket {}: {}", path, e.getMessage());
        }
    }

    void close() throws IOException {
        channel.close();
    }

    private void accept(ServerSocketChannel opened) throws IOException {
        channel = opened;
        new ClientListener(opened, loop, acceptor);
    }
}

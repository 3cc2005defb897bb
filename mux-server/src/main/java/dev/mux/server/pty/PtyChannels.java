package dev.mux.server.pty;

import dev.mux.platform.jdk.DescriptorChannels;
import dev.mux.platform.libc.ErrnoException;
import dev.mux.platform.libc.Libc;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.Pipe;
import java.nio.channels.spi.SelectorProvider;

/**
 * A pty master as two selectable NIO channels, so that the event loop reads and writes it as it
 * does a socket (the channels come from {@link DescriptorChannels}, which is why the server runs
 * with {@value #JVM_FLAG}).
 *
 * <p>Each channel owns a duplicate of the master: a channel closes its descriptor, and pty4j closes
 * its own, so sharing one would close it twice; and one epoll set cannot hold the same descriptor
 * for reading and for writing. The duplicates share the master's file description, so closing
 * them all (and pty4j's) is what hangs the terminal up.
 */
public final class PtyChannels {
    static final String JVM_FLAG = DescriptorChannels.JVM_FLAG;

    private final Pipe.SourceChannel source;
    private final Pipe.SinkChannel sink;

    private PtyChannels(Pipe.SourceChannel source, Pipe.SinkChannel sink) {
        this.source = source;
        this.sink = sink;
    }

    /** Fails, with what to do about it, if this JVM does not let us wrap descriptors. */
    static void requireAccess() {
        DescriptorChannels.requireAccess();
    }

    /** Non-blocking channels on duplicates of {@code masterFd}; the caller keeps its own descriptor. */
    static PtyChannels open(int masterFd, SelectorProvider provider) throws IOException {
        requireAccess();
        Pipe.SourceChannel source = null;
        Pipe.SinkChannel sink = null;
        try {
            source = DescriptorChannels.source(duplicate(masterFd), provider);
            sink = DescriptorChannels.sink(duplicate(masterFd), provider);
            // O_NONBLOCK belongs to the shared file description: this sets it for every descriptor.
            source.configureBlocking(false);
            sink.configureBlocking(false);
            return new PtyChannels(source, sink);
        } catch (IOException | RuntimeException e) {
            if (source != null) closeQuietly(source);
            if (sink != null) closeQuietly(sink);
            throw e;
        }
    }

    /**
     * Channels on a terminal device opened by its path, never as our controlling terminal: an
     * attached client's terminal, on which the server reads keys and draws (see
     * {@link dev.mux.server.client.ClientTty}). Its own file description, so its O_NONBLOCK leaves
     * the client's descriptors blocking.
     */
    public static PtyChannels openDevice(String path, SelectorProvider provider) throws IOException {
        requireAccess();
        int fd;
        try {
            // Non-blocking from the start: opening a serial line can otherwise wait for its carrier.
            fd = Libc.open(path, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
        } catch (ErrnoException e) {
            throw new IOException("cannot open " + path + ": " + e.getMessage(), e);
        }
        try {
            return open(fd, provider);
        } finally {
            Libc.close(fd);
        }
    }

    /**
     * A non-blocking channel the loop can select for reading around {@code fd}, a descriptor that
     * is not a terminal (a process's pidfd, see {@link ProcessExit}); the channel owns {@code fd}
     * from now on, and closes it even if this fails.
     */
    static Pipe.SourceChannel readable(int fd, SelectorProvider provider) throws IOException {
        Pipe.SourceChannel channel = DescriptorChannels.source(fd, provider);
        try {
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public Pipe.SourceChannel source() {
        return source;
    }

    public Pipe.SinkChannel sink() {
        return sink;
    }

    /**
     * Closes both channels. A channel still registered with a selector keeps its descriptor until
     * that selector's next select lets go of it (NIO defers the close): on the loop thread, that is
     * the end of the current turn.
     */
    public void close() {
        closeQuietly(source);
        closeQuietly(sink);
    }

    /** A duplicate of {@code fd}, close-on-exec: a program started later must not keep a master open. */
    private static int duplicate(int fd) throws IOException {
        try {
            return Libc.duplicate(fd);
        } catch (ErrnoException e) {
            throw new IOException("cannot duplicate the pty master: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // A pipe channel's close only closes its descriptor; a failure leaves nothing to undo.
        }
    }
}

package dev.mux.server.pty;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.Channel;
import java.nio.channels.Pipe;
import java.nio.channels.spi.SelectorProvider;

/**
 * A pty master as two selectable NIO channels, so that the event loop reads and writes it as it
 * does a socket. NIO selects only channels it made itself and has no public way to wrap a
 * descriptor; its own pipe channels can wrap one, through package-private constructors, which is
 * why the server runs with {@value #JVM_FLAG}.
 *
 * <p>Each channel owns a duplicate of the master: a channel closes its descriptor, and pty4j closes
 * its own, so sharing one would close it twice; and one epoll set cannot hold the same descriptor
 * for reading and for writing. The duplicates share the master's file description, so closing
 * them all (and pty4j's) is what hangs the terminal up.
 */
public final class PtyChannels {
    static final String JVM_FLAG = "--add-opens java.base/sun.nio.ch=ALL-UNNAMED";

    private interface CLibrary extends Library {
        /** fcntl's F_DUPFD_CLOEXEC on Linux. */
        int F_DUPFD_CLOEXEC = 1030;

        int O_RDWR = 02;
        int O_NOCTTY = 0400;
        int O_NONBLOCK = 04000;
        int O_CLOEXEC = 02000000;

        int fcntl(int fd, int command, int argument) throws LastErrorException;

        int open(String path, int flags) throws LastErrorException;

        int close(int fd);
    }

    /** The JDK's pipe channel constructors and its int-to-FileDescriptor factory. */
    private record Jdk(Constructor<?> source, Constructor<?> sink, Method newFd) {
        static Jdk find() throws ReflectiveOperationException {
            Class<?> source = Class.forName("sun.nio.ch.SourceChannelImpl");
            Class<?> sink = Class.forName("sun.nio.ch.SinkChannelImpl");
            Jdk jdk = new Jdk(source.getDeclaredConstructor(SelectorProvider.class, FileDescriptor.class),
                    sink.getDeclaredConstructor(SelectorProvider.class, FileDescriptor.class),
                    Class.forName("sun.nio.ch.IOUtil").getDeclaredMethod("newFD", int.class));
            jdk.source.setAccessible(true);
            jdk.sink.setAccessible(true);
            jdk.newFd.setAccessible(true);
            return jdk;
        }
    }

    private static final CLibrary LIBC = Native.load("c", CLibrary.class);
    private static final Jdk JDK;
    /** Why the JDK refused, or null. */
    private static final Exception REFUSAL;

    static {
        Jdk jdk = null;
        Exception refusal = null;
        try {
            jdk = Jdk.find();
        } catch (ReflectiveOperationException | RuntimeException e) {
            refusal = e;
        }
        JDK = jdk;
        REFUSAL = refusal;
    }

    private final Pipe.SourceChannel source;
    private final Pipe.SinkChannel sink;

    private PtyChannels(Pipe.SourceChannel source, Pipe.SinkChannel sink) {
        this.source = source;
        this.sink = sink;
    }

    /** Fails, with what to do about it, if this JVM does not let us wrap descriptors. */
    static void requireAccess() {
        if (REFUSAL != null) {
            throw new IllegalStateException("the JVM refuses the access pane I/O needs: run it with " + JVM_FLAG, REFUSAL);
        }
    }

    /** Non-blocking channels on duplicates of {@code masterFd}; the caller keeps its own descriptor. */
    static PtyChannels open(int masterFd, SelectorProvider provider) throws IOException {
        requireAccess();
        Pipe.SourceChannel source = null;
        Pipe.SinkChannel sink = null;
        try {
            source = (Pipe.SourceChannel) wrap(JDK.source, duplicate(masterFd), provider);
            sink = (Pipe.SinkChannel) wrap(JDK.sink, duplicate(masterFd), provider);
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
            fd = LIBC.open(path, CLibrary.O_RDWR | CLibrary.O_NOCTTY | CLibrary.O_NONBLOCK | CLibrary.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new IOException("cannot open " + path + ": " + e.getMessage(), e);
        }
        try {
            return open(fd, provider);
        } finally {
            LIBC.close(fd);
        }
    }

    /**
     * A non-blocking channel the loop can select for reading around {@code fd}, a descriptor that
     * is not a terminal (a process's pidfd, see {@link ProcessExit}); the channel owns {@code fd}
     * from now on, and closes it even if this fails. Only after {@link #requireAccess()} passed.
     */
    static Pipe.SourceChannel readable(int fd, SelectorProvider provider) throws IOException {
        Pipe.SourceChannel channel = (Pipe.SourceChannel) wrap(JDK.source, fd, provider);
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
            return LIBC.fcntl(fd, CLibrary.F_DUPFD_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw new IOException("cannot duplicate the pty master: " + e.getMessage(), e);
        }
    }

    private static Object wrap(Constructor<?> constructor, int fd, SelectorProvider provider) throws IOException {
        try {
            return constructor.newInstance(provider, JDK.newFd.invoke(null, fd));
        } catch (InvocationTargetException e) {
            LIBC.close(fd);
            throw new IOException("cannot make a channel of the pty master: " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            LIBC.close(fd);
            throw new IllegalStateException("cannot make a channel of the pty master", e);
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

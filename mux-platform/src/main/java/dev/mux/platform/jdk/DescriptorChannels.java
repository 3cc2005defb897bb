package dev.mux.platform.jdk;

import dev.mux.platform.libc.Libc;
import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.Pipe;
import java.nio.channels.spi.SelectorProvider;

/**
 * Selectable NIO channels around descriptors the JDK did not open (a pty master, a terminal
 * device, a pidfd), so that an event loop selects them as it does a socket. NIO has no public way
 * to wrap a descriptor; its own pipe channels can wrap one, through package-private constructors,
 * which is why the server runs with {@value #JVM_FLAG}. There is no fallback that keeps the
 * server's single loop: without the flag, {@link #requireAccess()} says what to do.
 */
public final class DescriptorChannels {
    public static final String JVM_FLAG = "--add-opens java.base/sun.nio.ch=ALL-UNNAMED";

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

    private DescriptorChannels() {}

    /** Fails, with what to do about it, if this JVM does not let us wrap descriptors. */
    public static void requireAccess() {
        if (REFUSAL != null) {
            throw new IllegalStateException("the JVM refuses the access pane I/O needs: run it with " + JVM_FLAG, REFUSAL);
        }
    }

    /**
     * A blocking channel that reads {@code fd} and owns it from now on: closing the channel closes
     * the descriptor, and so does a failure here.
     */
    public static Pipe.SourceChannel source(int fd, SelectorProvider provider) throws IOException {
        requireAccess();
        return (Pipe.SourceChannel) wrap(JDK.source, fd, provider);
    }

    /** A blocking channel that writes {@code fd} and owns it, as {@link #source} does. */
    public static Pipe.SinkChannel sink(int fd, SelectorProvider provider) throws IOException {
        requireAccess();
        return (Pipe.SinkChannel) wrap(JDK.sink, fd, provider);
    }

    private static Object wrap(Constructor<?> constructor, int fd, SelectorProvider provider) throws IOException {
        try {
            return constructor.newInstance(provider, JDK.newFd.invoke(null, fd));
        } catch (InvocationTargetException e) {
            Libc.close(fd);
            throw new IOException("cannot make a channel of descriptor " + fd + ": " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            Libc.close(fd);
            throw new IllegalStateException("cannot make a channel of descriptor " + fd, e);
        }
    }
}

package dev.mux.platform.jdk;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.SecureRandomParameters;
import java.security.SecureRandomSpi;

/**
 * Opens the client's Unix-domain socket channels without starting the JDK's security providers.
 *
 * <p>The JDK class behind every Unix-domain channel, {@code sun.nio.ch.UnixDomainSockets}, gets
 * {@code SecureRandom.getInstance("NativePRNGNonBlocking")} in its static initializer, only to name
 * the sockets it binds without an address, which a client never does. Finding that algorithm
 * constructs the SUN provider (some seventy services and their aliases, all in the interpreter):
 * ~5 ms of a client that starts in ~40. So while the first channel opens, this thread's provider
 * list (the JDK's own mechanism, {@code sun.security.jca.Providers.beginThreadProviderList}, which
 * jar verification uses) holds one provider, whose generator gets the real one from the real
 * providers the first time it is used.
 *
 * <p>That needs {@code java.base/sun.security.jca} exported to the class path. The client jar's
 * manifest says so ({@code Add-Exports}, to every class on the class path, this jar's too), which
 * takes effect when the jar runs with {@code -jar}, as bin/mux does; the {@code --add-exports}
 * option would cost more than it saves, because it turns off the archived module graph of the
 * class-data archive. Without the export (tests, another launcher), or on a JDK whose internals
 * differ, channels open the ordinary way: that fallback costs the time, never the channel.
 */
public final class UnixSocketChannels {
    private static boolean socketClassesReady;

    private UnixSocketChannels() {}

    /** A new, unconnected Unix-domain socket channel. */
    public static synchronized SocketChannel open() throws IOException {
        if (socketClassesReady) return SocketChannel.open(StandardProtocolFamily.UNIX);
        socketClassesReady = true;
        ThreadProviders lazyRandom = ThreadProviders.lazyRandomOnly();
        try {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        } finally {
            if (lazyRandom != null) lazyRandom.end();
        }
    }

    /** This thread's provider list replaced by {@link LazyRandomProvider} alone, until {@link #end}. */
    static final class ThreadProviders {
        private final Method end;
        private final Object previous;

        private ThreadProviders(Method end, Object previous) {
            this.end = end;
            this.previous = previous;
        }

        /** Null when the JDK's provider classes are out of reach; nothing has changed then. */
        static ThreadProviders lazyRandomOnly() {
            try {
                Class<?> providers = Class.forName("sun.security.jca.Providers");
                Class<?> providerList = Class.forName("sun.security.jca.ProviderList");
                Object list = providerList.getMethod("newList", Provider[].class)
                        .invoke(null, (Object) new Provider[] {new LazyRandomProvider()});
                Method end = providers.getMethod("endThreadProviderList", providerList);
                Method begin = providers.getMethod("beginThreadProviderList", providerList);
                return new ThreadProviders(end, begin.invoke(null, list));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        /** Gives this thread back the list it had (normally none: the system-wide one). */
        void end() {
            try {
                end.invoke(null, previous);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot restore this thread's security providers", e);
            }
        }
    }

    /** Offers the one algorithm {@code UnixDomainSockets} asks for. */
    static final class LazyRandomProvider extends Provider {
        private static final long serialVersionUID = 1L;
        static final String NAME = "MuxLazyRandom";

        LazyRandomProvider() {
            super(NAME, "1.0", "NativePRNGNonBlocking that starts the real one on first use");
            putService(new Provider.Service(this, "SecureRandom", "NativePRNGNonBlocking",
                    LazyRandom.class.getName(), null, null));
        }
    }

    /** Public, with public constructors: the JDK creates it by reflection. */
    public static final class LazyRandom extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private SecureRandom real;

        public LazyRandom() {}

        public LazyRandom(SecureRandomParameters params) {
            this();
        }

        private synchronized SecureRandom real() {
            if (real == null) {
                try {
                    real = SecureRandom.getInstance("NativePRNGNonBlocking");
                } catch (NoSuchAlgorithmException e) {
                    real = new SecureRandom();
                }
            }
            return real;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            real().setSeed(seed);
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            real().nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return real().generateSeed(numBytes);
        }
    }
}

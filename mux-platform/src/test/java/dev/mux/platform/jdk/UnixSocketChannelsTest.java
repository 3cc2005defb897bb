package dev.mux.platform.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Runs with the JDK package exported, as bin/mux runs the client (see this module's pom and mux-client's). */
class UnixSocketChannelsTest {
    private static final String ALGORITHM = "NativePRNGNonBlocking";

    private static String providerOf(String algorithm) throws Exception {
        return SecureRandom.getInstance(algorithm).getProvider().getName();
    }

    @Test
    void theStandInServesThisThreadOnlyAndUntilEnded() throws Exception {
        UnixSocketChannels.ThreadProviders standIn = UnixSocketChannels.ThreadProviders.lazyRandomOnly();
        assertNotNull(standIn, "sun.security.jca is not exported to the tests");
        AtomicReference<String> otherThread = new AtomicReference<>();
        try {
            assertEquals(UnixSocketChannels.LazyRandomProvider.NAME, providerOf(ALGORITHM));
            Thread other = new Thread(() -> {
                try {
                    otherThread.set(providerOf(ALGORITHM));
                } catch (Exception e) {
                    otherThread.set(e.toString());
                }
            });
            other.start();
            other.join();
        } finally {
            standIn.end();
        }
        assertEquals("SUN", otherThread.get());
        assertEquals("SUN", providerOf(ALGORITHM));
    }

    @Test
    void theStandInGivesRealRandomBytes() throws Exception {
        UnixSocketChannels.ThreadProviders standIn = UnixSocketChannels.ThreadProviders.lazyRandomOnly();
        assertNotNull(standIn, "sun.security.jca is not exported to the tests");
        SecureRandom random;
        try {
            random = SecureRandom.getInstance(ALGORITHM);
        } finally {
            standIn.end();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        assertFalse(Arrays.equals(new byte[32], bytes), "32 zero bytes from a random generator");
        assertEquals(8, random.generateSeed(8).length);
    }

    @Test
    void openingLeavesTheProvidersAsTheyWere() throws Exception {
        try (SocketChannel channel = UnixSocketChannels.open()) {
            assertFalse(channel.isConnected());
        }
        assertEquals("SUN", providerOf(ALGORITHM));
    }
}

package dev.mux.platform.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.platform.libc.Libc;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.SelectorProvider;
import org.junit.jupiter.api.Test;

/** Runs with {@value DescriptorChannels#JVM_FLAG}, as bin/mux-server runs the server (see this module's pom). */
class DescriptorChannelsTest {
    private static final SelectorProvider PROVIDER = SelectorProvider.provider();

    @Test
    void aSourceIsSelectedWhenItsDescriptorIsReadable() throws Exception {
        // A pidfd becomes readable once its process has ended (pidfd_open(2)).
        Process child = new ProcessBuilder("sleep", "60").start();
        try (Pipe.SourceChannel source = DescriptorChannels.source(Libc.openPidfd(child.pid()), PROVIDER);
             Selector selector = PROVIDER.openSelector()) {
            source.configureBlocking(false);
            source.register(selector, SelectionKey.OP_READ);
            assertEquals(0, selector.selectNow(), "readable while the process runs");
            child.destroyForcibly();
            assertEquals(1, selector.select(10_000));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    @Test
    void aSinkWritesItsDescriptor() throws Exception {
        int fd = Libc.open("/dev/null", Libc.O_RDWR | Libc.O_CLOEXEC);
        try (Pipe.SinkChannel sink = DescriptorChannels.sink(fd, PROVIDER)) {
            assertEquals(5, sink.write(ByteBuffer.wrap("hello".getBytes())));
            assertTrue(sink.isOpen());
        }
    }
}

package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.protocol.Message;
import dev.mux.protocol.MessageCodec;
import dev.mux.protocol.Protocol;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attached client that never reads what the server draws for it, and types far more than its
 * pane's program reads, into a server whose heap is a fraction of either: the server skips frames
 * for the client and drops the input the pane does not take, so it keeps the client and the
 * session and serves everyone else meanwhile. A server that queued either would run out of heap,
 * and running out fails the client that needed the memory (the client would be gone). A second
 * client, which reads, counts what was drawn meanwhile.
 */
class SlowClientTest {
    private static final String SMALL_HEAP = "32m";
    private static final long HEAP_BYTES = 32L << 20;
    /**
     * One key per frame, some 60 KiB long (a control sequence with a long parameter list): the
     * bytes are what this test is about, and the key reader's work per key would only slow it.
     */
    private static final byte[] KEY = ("\033[" + "1;".repeat(30 * 1024) + "~").getBytes(StandardCharsets.US_ASCII);
    /** Three times the heap of keys. */
    private static final long INPUT_FRAMES = 3 * HEAP_BYTES / KEY.length;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Large, so that frames are large: the server bounds a window at 2000x1000. */
    private static final int COLUMNS = 400;
    private static final int ROWS = 100;
    /**
     * Floods its pane with lines that all differ and give each pair of cells its own colour: every
     * frame redraws the whole screen, some 7 bytes a cell. (yes's identical lines would scroll a
     * screen that stays the same, which costs a frame nothing.) It never reads its input.
     */
    private static final String FLOOD = "awk 'BEGIN { for (;;) { s = \"\"; for (c = 0; c < " + COLUMNS / 2
            + "; c++) s = s sprintf(\"\\033[3%dm%02d\", (i + c) % 8, (i + c) % 100); print s; i++ } }'";

    @TempDir
    Path scratch;

    @Test
    void aClientThatReadsNothingAndTypesTooMuchCostsBoundedMemory() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("MUX_SERVER_MAX_HEAP", SMALL_HEAP);
            mux.mux("new", "-d", "-s", "flood", "-x", Integer.toString(COLUMNS), "-y", Integer.toString(ROWS), FLOOD).ok();
            mux.mux("new", "-d", "-s", "keep", "sleep 1000").ok();
            try (SocketChannel raw = attach(mux); SocketChannel reading = attach(mux)) {
                Poll.until("both clients attached", () -> mux.mux("lsc", "-t", "flood"),
                        run -> run.status() == 0 && run.out().lines().count() == 2);
                AtomicLong drawn = new AtomicLong();
                CompletableFuture.runAsync(() -> readAll(reading, drawn));

                // Blocking writes: a server whose loop stopped reading them would hold this up past the deadline.
                CompletableFuture<Void> typing = CompletableFuture.runAsync(() -> {
                    try {
                        for (long i = 0; i < INPUT_FRAMES; i++) write(raw, MessageCodec.encode(new Message.Input(KEY)));
                    } catch (IOException e) {
                        throw new AssertionError("the server stopped taking the client's input", e);
                    }
                });
                assertTrue(mux.mux("ls").ok().out().contains("keep: "), "the server serves others meanwhile");
                typing.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

                // As much drawn as would have queued for the client that does not read, had it all been kept.
                long before = drawn.get();
                Poll.until("three heaps of frames drawn", TIMEOUT, drawn::get, now -> now - before > 3 * HEAP_BYTES);

                assertEquals(2, mux.mux("lsc", "-t", "flood").ok().out().lines().count(),
                        "the clients are kept: nothing they caused ran out of memory");
                assertTrue(mux.mux("ls").ok().out().contains("keep: "), "the server serves others");
            }
            Poll.until("the clients gone", () -> mux.mux("lsc"), run -> run.status() == 0 && run.out().isEmpty());
            assertEquals(0, mux.mux("has-session", "-t", "flood").status());
        }
    }

    /** A client attached to the flood session at its size, with the socket alone (no terminal, no client process). */
    private SocketChannel attach(MuxHarness mux) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(mux.socket()));
        write(channel, MessageCodec.encode(new Message.Hello(Protocol.VERSION)));
        write(channel, MessageCodec.encode(new Message.Command(List.of("attach", "-t", "flood"),
                scratch.toString(), COLUMNS, ROWS + 1, true, "xterm")));
        return channel;
    }

    /** Reads until the connection ends, counting the bytes. */
    private static void readAll(SocketChannel channel, AtomicLong count) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try {
            int n;
            while ((n = channel.read(buffer.clear())) >= 0) count.addAndGet(n);
        } catch (IOException e) {
            // Closed at the end of the test.
        }
    }

    private static void write(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) channel.write(bytes);
    }
}

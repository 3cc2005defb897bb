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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attached client that never reads what the server draws, and types far more than its pane's
 * program reads, into a server whose heap is smaller than what it is sent: as tmux, the server
 * skips frames for the client and drops the input the pane does not take, keeps the client, and
 * serves everyone else meanwhile.
 */
class SlowClientTest {
    /** Smaller than the input typed below: a server that kept it all would run out. */
    private static final String SMALL_HEAP = "96m";
    private static final int INPUT_CHUNK_BYTES = 60 * 1024;
    /** 240 MiB of keys. */
    private static final int INPUT_CHUNKS = 4096;

    @TempDir
    Path scratch;

    @Test
    void aClientThatReadsNothingAndTypesTooMuchCostsBoundedMemory() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("MUX_SERVER_MAX_HEAP", SMALL_HEAP);
            // yes floods its pane and never reads its input.
            mux.mux("new", "-d", "-s", "flood", "-x", "200", "-y", "50", "yes 0123456789012345678901234567890123456789").ok();
            mux.mux("new", "-d", "-s", "keep").ok();
            try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                raw.connect(UnixDomainSocketAddress.of(mux.socket()));
                write(raw, MessageCodec.encode(new Message.Hello(Protocol.VERSION)));
                write(raw, MessageCodec.encode(new Message.Command(List.of("attach", "-t", "flood"),
                        scratch.toString(), 200, 51, true, "xterm")));
                Poll.until("the client attached", () -> mux.mux("lsc", "-t", "flood"),
                        run -> run.status() == 0 && run.out().lines().count() == 1);

                // Blocking writes: a server whose loop stopped reading them would hold this up past the deadline.
                CompletableFuture<Void> typing = CompletableFuture.runAsync(() -> {
                    byte[] keys = "x".repeat(INPUT_CHUNK_BYTES).getBytes();
                    try {
                        for (int i = 0; i < INPUT_CHUNKS; i++) write(raw, MessageCodec.encode(new Message.Input(keys)));
                    } catch (IOException e) {
                        throw new AssertionError("the server stopped taking the client's input", e);
                    }
                });
                while (!typing.isDone()) {
                    assertTrue(mux.mux("ls").ok().out().contains("keep: "), "the server serves others meanwhile");
                }
                typing.get(Poll.DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

                assertEquals(1, mux.mux("lsc", "-t", "flood").ok().out().lines().count(),
                        "the client is kept: nothing it caused ran out of memory");
            }
            Poll.until("the client gone", () -> mux.mux("lsc"), run -> run.status() == 0 && run.out().isEmpty());
            assertTrue(mux.mux("has-session", "-t", "flood").status() == 0);
        }
    }

    private static void write(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) channel.write(bytes);
    }
}

package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server pushed to its heap bound fails the request that needed more, and serves the rest. */
class MemoryBoundTest {
    /** Small enough that a few of the largest windows (24 MB of cells each) exhaust it. */
    private static final String SMALL_HEAP = "96m";

    @TempDir
    Path scratch;

    @Test
    void windowsBeyondTheHeapFailAloneAndTheServerGoesOn() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("MUX_SERVER_MAX_HEAP", SMALL_HEAP);
            mux.mux("new", "-d", "-s", "keep").ok();
            // tmux would make this 10000x10000; mux bounds a window to 2000x1000.
            Run huge = mux.mux("new", "-d", "-s", "huge", "-x", "10000", "-y", "10000");
            assertEquals(1, huge.status(), huge.toString());
            assertEquals("width too large\n", huge.err(), huge.toString());

            Run failed = null;
            List<String> made = new ArrayList<>();
            for (int i = 0; i < 20 && failed == null; i++) {
                Run big = mux.mux("new", "-d", "-s", "big" + i, "-x", "2000", "-y", "1000");
                if (big.status() == 0) made.add("big" + i);
                else failed = big;
            }
            assertTrue(failed != null, "20 windows of 24 MB fit in a heap of " + SMALL_HEAP + "?");
            assertTrue(failed.err().contains("out of memory"), failed.toString());
            assertTrue(mux.mux("has-session", "-t", "keep").status() == 0, "the other sessions live on");
            // The refused window left room to work in: commands that need a little memory still run.
            assertEquals(made.size() + 1, mux.mux("ls").ok().out().lines().count());

            for (String name : made) mux.mux("kill-session", "-t", name).ok();
            // A killed pane's screen is let go once its process is seen to end, just after the reply.
            Poll.until("room for a large window again", () -> mux.mux("new", "-d", "-s", "after", "-x", "2000", "-y", "1000"),
                    run -> run.status() == 0);
            assertEquals("after\nkeep\n", mux.mux("ls", "-F", "#{session_name}").ok().out());
        }
    }

    /** Clients that announce a full frame and send nothing more hold what they sent, not what they announced. */
    @Test
    void announcedFramesTakeNoMemoryUntilTheyArrive() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("MUX_SERVER_MAX_HEAP", SMALL_HEAP);
            mux.mux("new", "-d", "-s", "keep").ok();
            List<SocketChannel> held = new ArrayList<>();
            try {
                // 400 frames of 1 MiB announced: four times the heap, had the server believed them.
                for (int i = 0; i < 400; i++) {
                    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                    held.add(channel);
                    channel.connect(UnixDomainSocketAddress.of(mux.socket()));
                    ByteBuffer announce = ByteBuffer.allocate(8).putInt(1 << 20).putInt(0).flip();
                    while (announce.hasRemaining()) channel.write(announce);
                }
                assertTrue(mux.mux("ls").ok().out().startsWith("keep: "));
            } finally {
                for (SocketChannel channel : held) channel.close();
            }
            assertTrue(mux.mux("ls").ok().out().startsWith("keep: "));
        }
    }
}

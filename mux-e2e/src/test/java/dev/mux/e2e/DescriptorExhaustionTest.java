package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server out of file descriptors waits for some to come free instead of spinning; many clients at once all get in. */
class DescriptorExhaustionTest {
    /** The server's own descriptors (jars, selector, pane) come to about 30; this leaves a few dozen for clients. */
    private static final int FD_LIMIT = 64;

    @TempDir
    Path scratch;

    @Test
    void acceptBacksOffWhenOutOfDescriptors() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.env().put("XDG_STATE_HOME", scratch.resolve("state").toString());
            Path log = scratch.resolve("state/mux/server-" + mux.socket().getFileName() + ".log");
            List<String> start = new ArrayList<>(List.of("prlimit", "--nofile=" + FD_LIMIT + ":" + FD_LIMIT));
            start.addAll(mux.muxCommand("new", "-d", "-s", "keep"));
            mux.run(start).ok();

            long began = System.nanoTime();
            List<SocketChannel> held = new ArrayList<>();
            try {
                for (int i = 0; i < 2 * FD_LIMIT; i++) held.add(connect(mux.socket()));
                Poll.until("the server to run out of descriptors", () -> read(log),
                        text -> text.contains("Too many open files"));
            } finally {
                for (SocketChannel channel : held) channel.close();
            }
            Poll.until("the server to answer again", () -> mux.mux("ls"), run -> run.status() == 0);
            double seconds = (System.nanoTime() - began) / 1e9;
            long failures = read(log).lines().filter(line -> line.contains("accept failed")).count();
            assertTrue(failures <= seconds + 2, failures + " accept failures logged in " + seconds + " s");
        }
    }

    /** Two hundred clients that connect while the server is busy all find a place in the queue. */
    @Test
    void theListenQueueHoldsManyClients() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            mux.mux("new", "-d", "-s", "keep").ok();
            List<ProcessHandle> servers = Processes.withArgument("--socket " + mux.socket());
            assertEquals(1, servers.size(), servers.toString());
            long pid = servers.get(0).pid();
            List<SocketChannel> held = new ArrayList<>();
            mux.run(List.of("kill", "-STOP", Long.toString(pid))).ok();
            try {
                for (int i = 0; i < 200; i++) {
                    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                    held.add(channel);
                    channel.configureBlocking(false);
                    // A full queue makes a non-blocking connect fail with EAGAIN.
                    channel.connect(UnixDomainSocketAddress.of(mux.socket()));
                }
            } finally {
                mux.run(List.of("kill", "-CONT", Long.toString(pid))).ok();
                for (SocketChannel channel : held) channel.close();
            }
            assertEquals(200, held.size());
            assertTrue(mux.mux("ls").ok().out().startsWith("keep: "));
        }
    }

    private static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

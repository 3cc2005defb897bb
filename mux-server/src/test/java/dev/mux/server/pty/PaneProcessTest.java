package dev.mux.server.pty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.loop.EventLoop;
import dev.mux.server.term.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panes' ptys read and written on the event loop, with real processes on real terminals. */
class PaneProcessTest {
    private final List<PaneProcess> started = new ArrayList<>();
    private final PtyReadBuffer readBuffer = new PtyReadBuffer();
    private EventLoop loop;
    private Thread loopThread;

    @BeforeEach
    void startLoop() throws Exception {
        CompletableFuture<EventLoop> created = new CompletableFuture<>();
        loopThread = new Thread(() -> {
            try {
                EventLoop owned = new EventLoop();
                created.complete(owned);
                owned.run();
            } catch (Exception e) {
                created.completeExceptionally(e);
            }
        }, "test-loop");
        loopThread.setDaemon(true);
        loopThread.start();
        loop = created.get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopLoop() throws Exception {
        onLoop(() -> {
            started.forEach(PaneProcess::hangUp);
            return null;
        });
        loop.stop();
        loopThread.join(5000);
    }

    @Test
    void outputWrittenBeforeTheExitIsDeliveredAfterIt() throws Exception {
        // The loop is busy while the program writes and exits, so most of what it wrote, and the
        // exit, wait for the loop together; more than a pane reads in one turn is still pending.
        Recorder pane = new Recorder();
        onLoop(() -> {
            start("seq 1 30000; printf END; exit 3", pane);
            sleep(700);
            return null;
        });
        assertEquals(3, pane.ended.get(10, TimeUnit.SECONDS));
        String expected = IntStream.rangeClosed(1, 30000).mapToObj(i -> i + "\r\n").collect(Collectors.joining()) + "END";
        String output = pane.text();
        assertTrue(expected.equals(output), () -> "all " + expected.length() + " bytes arrive, the last ones too; got "
                + output.length() + " ending in " + output.substring(Math.max(0, output.length() - 40)));
    }

    @Test
    void aFloodingPaneDoesNotStarveAnother() throws Exception {
        Recorder flood = new Recorder();
        Terminal screen = new Terminal(80, 24, replies -> {});
        flood.alsoTo = (bytes, length) -> screen.feed(bytes, 0, length);
        Recorder echo = new Recorder();
        PaneProcess cat = onLoop(() -> {
            start("exec yes 'a flood of text that the terminal has to parse'", flood);
            return start("exec cat", echo);
        });
        waitFor("the flood to flow", () -> flood.size() > 2_000_000);
        long sent = System.nanoTime();
        onLoop(() -> {
            cat.write("ping\n".getBytes(StandardCharsets.US_ASCII));
            return null;
        });
        // The terminal echoes the line, then cat writes it back.
        waitFor("the other pane's echo", () -> echo.text().contains("ping\r\nping\r\n"));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(millis < 1000, "the echo took " + millis + " ms");
        long before = flood.size();
        waitFor("the flood to go on", () -> flood.size() > before + 1_000_000);
    }

    @Test
    void backspaceInALineBeingReadErasesAWholeUtf8Character() throws Exception {
        Recorder pane = new Recorder();
        PaneProcess cat = onLoop(() -> start("stty -echo; echo ready; exec cat", pane));
        waitFor("the terminal without echo", () -> pane.text().contains("ready"));
        onLoop(() -> {
            // é (two bytes), backspace (DEL), x, end of line: cat gets the line as the terminal edited it.
            cat.write(new byte[] {(byte) 0xc3, (byte) 0xa9, 0x7f, 'x', '\n'});
            return null;
        });
        waitFor("cat's line", () -> pane.text().contains("x\r\n"));
        assertTrue(pane.text().endsWith("ready\r\nx\r\n"), pane.text());
    }

    @Test
    void aProgramThatStopsReadingHoldsUpNeitherTheLoopNorOtherPanes() throws Exception {
        Recorder stuck = new Recorder();
        Recorder echo = new Recorder();
        List<PaneProcess> panes = onLoop(() -> List.of(start("exec sleep 60", stuck), start("exec cat", echo)));
        // Whole lines: a terminal in canonical mode keeps them (it drops only an endless one), so
        // its input fills up and stays full. More than the queue holds: the rest is dropped.
        byte[] paste = "a pasted line of text, and another, and yet another one\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
        long millis = onLoop(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < 12; i++) panes.get(0).write(paste);
            return (System.nanoTime() - start) / 1_000_000;
        });
        assertTrue(millis < 2000, "writing the paste held the loop for " + millis + " ms");
        onLoop(() -> {
            panes.get(1).write("pong\n".getBytes(StandardCharsets.US_ASCII));
            return null;
        });
        waitFor("the other pane's echo", () -> echo.text().contains("pong\r\npong\r\n"));
        assertFalse(stuck.ended.isDone(), "the stuck program still runs");
    }

    @Test
    void inputForAProgramThatClosedItsTerminalCostsTheLoopNothing() throws Exception {
        Recorder pane = new Recorder();
        PaneProcess detached = onLoop(() -> start("echo closing; exec </dev/null >/dev/null 2>&1; exec sleep 60", pane));
        waitFor("the program's last output", () -> pane.text().contains("closing"));
        // More than the terminal takes: if the rest waited for a terminal that reports itself
        // ready (hung up) on every turn, the loop would spin.
        byte[] input = "a line nobody reads\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        onLoop(() -> {
            detached.write(input);
            return null;
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getThreadCpuTime(loopThread.getId());
        Thread.sleep(500);
        long cpuMillis = (threads.getThreadCpuTime(loopThread.getId()) - cpuBefore) / 1_000_000;
        assertTrue(cpuMillis < 100, "the idle loop used " + cpuMillis + " ms of CPU in 500 ms");
    }

    @Test
    void aHangUpClosesEveryMasterSoTheKernelEndsTheSession() throws Exception {
        Recorder pane = new Recorder();
        PaneProcess sleeper = onLoop(() -> start("exec sleep 60", pane));
        onLoop(() -> {
            sleeper.hangUp();
            return null;
        });
        // SIGHUP from the kernel, and the end reported without waiting for output that cannot come.
        pane.ended.get(3, TimeUnit.SECONDS);
    }

    @Test
    void panesStartAndEndWithoutAThreadOfTheirOwn() throws Exception {
        // The first pane loads what every pane uses (and JNA starts its cleaner thread).
        onLoop(() -> start("exec sleep 60", new Recorder()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        int panes = 8;
        List<Recorder> recorders = IntStream.range(0, panes).mapToObj(i -> new Recorder()).toList();
        List<PaneProcess> waiting = onLoop(() -> recorders.stream().map(recorder -> start("read line; exit 4", recorder)).toList());
        assertEquals(0, threads.getThreadCount() - before, panes + " panes started threads");
        onLoop(() -> {
            waiting.forEach(pane -> pane.write("go\n".getBytes(StandardCharsets.US_ASCII)));
            return null;
        });
        for (Recorder recorder : recorders) assertEquals(4, recorder.ended.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anEndedProcessIsCollectedWithItsStatus() throws Exception {
        Recorder exits = new Recorder();
        Recorder killed = new Recorder();
        List<PaneProcess> panes = onLoop(() -> List.of(start("exit 6", exits), start("kill -TERM $$", killed)));
        assertEquals(6, exits.ended.get(10, TimeUnit.SECONDS));
        // As a shell reports a process a signal ended: 128 + SIGTERM.
        assertEquals(128 + 15, killed.ended.get(10, TimeUnit.SECONDS));
        // Collected, not left a zombie: the pid is gone from /proc.
        for (PaneProcess pane : panes) {
            assertFalse(Files.exists(Path.of("/proc", Long.toString(pane.pid()))), "pid " + pane.pid() + " is left a zombie");
        }
    }

    @Test
    void aListenerThatAsksLearnsTheSignalThatKilledTheProcess() throws Exception {
        CompletableFuture<Integer> signal = new CompletableFuture<>();
        Recorder killed = new Recorder() {
            @Override
            public void endedBySignal(int number) {
                signal.complete(number);
            }
        };
        Recorder exited = new Recorder() {
            @Override
            public void endedBySignal(int number) {
                signal.completeExceptionally(new AssertionError("exit 7 reported as signal " + number));
            }
        };
        onLoop(() -> List.of(start("kill -HUP $$", killed), start("exit 7", exited)));
        assertEquals(7, exited.ended.get(10, TimeUnit.SECONDS));
        assertEquals(1, signal.get(10, TimeUnit.SECONDS));
        assertFalse(killed.ended.isDone(), "a signal is not also reported as an exit");
    }

    @Test
    void aServerWithoutTheJvmFlagStopsAtStartUpSayingWhich(@TempDir Path scratch) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.mux.server.ServerMain",
                "--socket", scratch.resolve("s").toString());
        builder.environment().put("XDG_STATE_HOME", scratch.toString());
        builder.redirectErrorStream(true);
        Process server = builder.start();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server exits");
        String out = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, server.exitValue(), out);
        assertEquals("mux-server: the JVM refuses the access pane I/O needs: run it with " + PtyChannels.JVM_FLAG + "\n", out);
    }

    /** Starts {@code shellCommand} in an 80x24 pane; loop thread only. */
    private PaneProcess start(String shellCommand, Recorder listener) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("SHELL", "/bin/sh");
        env.put("TERM", "dumb");
        try {
            PaneProcess process = PaneProcess.start(new PaneCommand(List.of("/bin/sh", "-c", shellCommand), env, "/", 80, 24),
                    loop, readBuffer, listener);
            started.add(process);
            return process;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T onLoop(Supplier<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.post(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the loop task failed or hung", e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps a pane's output and its end; output arrives on the loop, tests read it on theirs. */
    private static class Recorder implements PaneProcess.Listener {
        interface Output {
            void output(byte[] bytes, int length);
        }

        final CompletableFuture<Integer> ended = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long size;
        Output alsoTo;

        @Override
        public synchronized void output(byte[] data, int length) {
            size += length;
            if (alsoTo != null) {
                alsoTo.output(data, length);
            } else {
                bytes.write(data, 0, length);
            }
        }

        @Override
        public void ended(int exitStatus) {
            ended.complete(exitStatus);
        }

        synchronized long size() {
            return size;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.US_ASCII);
        }
    }
}

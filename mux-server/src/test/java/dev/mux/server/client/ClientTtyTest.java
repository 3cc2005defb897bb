package dev.mux.server.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.unix.Pty;
import dev.mux.protocol.Message;
import dev.mux.server.loop.EventLoop;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.Selector;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's terminal opened by the server: a real pty stands for it, its master for the user's
 * terminal emulator, its slave for the client's tty.
 */
class ClientTtyTest {
    private final ByteArrayOutputStream typed = new ByteArrayOutputStream();
    private final ExecutorService masterReader = Executors.newSingleThreadExecutor();
    private Selector selector;
    private Pty pty;
    private int drained;
    private boolean hungUp;

    private final ClientTty.Listener listener = new ClientTty.Listener() {
        @Override
        public void typed(byte[] bytes) {
            typed.writeBytes(bytes);
        }

        @Override
        public void drained() {
            drained++;
        }

        @Override
        public void hungUp() {
            hungUp = true;
        }
    };

    @BeforeEach
    void openPty() throws IOException {
        selector = Selector.open();
        pty = new Pty();
    }

    @AfterEach
    void close() throws IOException {
        masterReader.shutdownNow();
        selector.close();
        if (!pty.isClosed()) pty.close();
    }

    @Test
    void framesReachTheTerminalAndKeysComeFromItOnceReadingStarts() throws Exception {
        ClientTty tty = ClientTty.open(deviceOf(pty.getSlaveName()), selector, listener);
        byte[] frame = "\033[H\033[2Jframe".getBytes(StandardCharsets.US_ASCII);
        Future<byte[]> shown = masterReader.submit(() -> readMaster(frame.length));
        tty.write(frame);
        assertArrayEquals(frame, shown.get(5, TimeUnit.SECONDS));
        assertEquals(0, tty.pendingBytes());

        // The slave is still in canonical mode, as a terminal is until its client makes it raw: a line
        // is what a read returns.
        pty.getOutputStream().write("keys\n".getBytes(StandardCharsets.US_ASCII));
        tty.startReading();
        turnUntil(() -> typed.toString(StandardCharsets.US_ASCII).equals("keys\n"));
        tty.close();
    }

    @Test
    void whatTheTerminalCannotTakeWaitsWithoutBlocking() throws Exception {
        ClientTty tty = ClientTty.open(deviceOf(pty.getSlaveName()), selector, listener);
        byte[] flood = new byte[1 << 20];
        java.util.Arrays.fill(flood, (byte) 'x');
        tty.write(flood);
        assertTrue(tty.pendingBytes() > 0, "a pty takes far less than 1 MiB while nobody reads it");
        Future<byte[]> shown = masterReader.submit(() -> readMaster(flood.length));
        turnUntil(() -> drained > 0);
        assertEquals(0, tty.pendingBytes());
        assertArrayEquals(flood, shown.get(5, TimeUnit.SECONDS));
        tty.close();
    }

    @Test
    void aHungUpTerminalIsReported() throws Exception {
        ClientTty tty = ClientTty.open(deviceOf(pty.getSlaveName()), selector, listener);
        tty.startReading();
        pty.close();
        turnUntil(() -> hungUp);
        tty.write("late".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, tty.pendingBytes(), "nothing is queued for a terminal that is gone");
    }

    @Test
    void aPathNamingAnotherFileThanTheClientsIsRefused() throws Exception {
        Message.TerminalDevice real = deviceOf(pty.getSlaveName());
        Message.TerminalDevice other = new Message.TerminalDevice(real.path(), real.device(), real.inode() + 1);
        IOException refused = assertThrows(IOException.class, () -> ClientTty.open(other, selector, listener));
        assertTrue(refused.getMessage().contains("another file"), refused.getMessage());
        assertEquals(0, selector.keys().size(), "a refused terminal is not registered");
    }

    @Test
    void aDeviceThatIsNoTerminalIsRefused() throws Exception {
        for (String path : new String[] {"/dev/zero", "/dev/null", "/dev/tty"}) {
            IOException refused = assertThrows(IOException.class, () -> ClientTty.open(deviceOf(path), selector, listener));
            assertTrue(refused.getMessage().contains("not a terminal"), refused.getMessage());
        }
        assertEquals(0, selector.keys().size(), "a refused terminal is not registered");
    }

    @Test
    void anotherUsersTerminalIsRefused() throws Exception {
        Path slave = Path.of(pty.getSlaveName());
        Files.setAttribute(slave, "unix:uid", ((Number) Files.getAttribute(slave, "unix:uid")).intValue() + 4242);
        IOException refused = assertThrows(IOException.class, () -> ClientTty.open(deviceOf(slave.toString()), selector, listener));
        assertTrue(refused.getMessage().contains("belongs to another user"), refused.getMessage());
    }

    @Test
    void onlyDevicesAreOpened() throws Exception {
        Path file = Files.createTempFile("not-a-tty", "");
        try {
            Message.TerminalDevice device = deviceOf(file.toString());
            IOException refused = assertThrows(IOException.class, () -> ClientTty.open(device, selector, listener));
            assertTrue(refused.getMessage().contains("not a device"), refused.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aPathThatLeavesDevIsRefusedBeforeItIsOpened() throws Exception {
        Message.TerminalDevice real = deviceOf(pty.getSlaveName());
        Message.TerminalDevice around = new Message.TerminalDevice("/dev/../" + real.path().substring(1), real.device(),
                real.inode());
        IOException refused = assertThrows(IOException.class, () -> ClientTty.open(around, selector, listener));
        assertTrue(refused.getMessage().contains("not a device"), refused.getMessage());
    }

    @Test
    void aCharacterDeviceOtherThanTheClaimedOneIsNotOpened() throws Exception {
        Message.TerminalDevice real = deviceOf(pty.getSlaveName());
        Message.TerminalDevice claimed = new Message.TerminalDevice("/dev/null", real.device(), real.inode());
        IOException refused = assertThrows(IOException.class, () -> ClientTty.open(claimed, selector, listener));
        assertTrue(refused.getMessage().contains("another file"), refused.getMessage());
    }

    private static Message.TerminalDevice deviceOf(String path) throws IOException {
        return Message.TerminalDevice.of(Path.of(path));
    }

    private byte[] readMaster(int length) throws IOException {
        InputStream master = pty.getInputStream();
        byte[] bytes = master.readNBytes(length);
        if (bytes.length < length) throw new IOException("master closed after " + bytes.length + " bytes");
        return bytes;
    }

    /** Runs the selector as the loop would until {@code done}, for at most five seconds. */
    private void turnUntil(BooleanSupplier done) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            selector.select(key -> {
                try {
                    ((EventLoop.Handler) key.attachment()).ready(key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, 100);
        }
    }
}

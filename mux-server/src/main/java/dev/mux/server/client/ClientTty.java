package dev.mux.server.client;

import dev.mux.protocol.Message;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.loop.WriteQueue;
import dev.mux.server.pty.PtyChannels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An attached client's own terminal, opened by the server as tmux's server uses its client's: keys
 * are read and frames written here on the loop, so neither crosses the client process and its
 * socket. Reading starts only when the client says its terminal is in raw mode (a key read before
 * would be the shell's), and stops while the client is suspended. Frames the terminal cannot take
 * at once wait in a queue, whose size holds the renderer back as a slow socket does. Loop thread
 * only.
 */
public final class ClientTty implements EventLoop.Handler {
    /** What the server learns from the terminal. */
    public interface Listener {
        void typed(byte[] bytes);

        /** The output queue emptied: a good moment to draw what was held back. */
        void drained();

        /** The terminal is gone (its last holder closed it, or the line dropped). */
        void hungUp();
    }

    private static final int READ_BUFFER_BYTES = 4096;
    /** stat's file type bits, and the type of a character device. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    /** Device numbers of terminals (Linux's devices.txt): virtual consoles and serial ports, and pseudo-terminals. */
    private static final long VIRTUAL_CONSOLE_MAJOR = 4;
    private static final long PTS_FIRST_MAJOR = 136;
    private static final long PTS_LAST_MAJOR = 143;
    private static final long OWN_UID = ownUid();

    private final PtyChannels channels;
    private final SelectionKey readKey;
    private final SelectionKey writeKey;
    private final Listener listener;
    /** Native memory: the JDK reads a heap buffer through a temporary native one of its own, at a cost per key. */
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final WriteQueue outgoing = new WriteQueue();
    private boolean closed;

    private ClientTty(PtyChannels channels, Selector selector, Listener listener) throws IOException {
        this.channels = channels;
        this.listener = listener;
        this.readKey = channels.source().register(selector, 0, this);
        this.writeKey = channels.sink().register(selector, 0, this);
    }

    /**
     * Opens the terminal the client named, if it is a terminal device that is for this server the
     * same file the client has (an IOException says why not; the client's socket then carries keys
     * and frames as before).
     */
    public static ClientTty open(Message.TerminalDevice device, Selector selector, Listener listener) throws IOException {
        Path path = Path.of(device.path());
        if (!path.isAbsolute() || !path.normalize().equals(path) || !path.startsWith("/dev/")) {
            throw new IOException(device.path() + " is not a device");
        }
        // Checked before it is opened (opening some devices does something), and again after.
        requireSameTerminal(path, device);
        PtyChannels channels = PtyChannels.openDevice(device.path(), selector.provider());
        try {
            requireSameTerminal(path, device);
            return new ClientTty(channels, selector, listener);
        } catch (IOException | RuntimeException e) {
            channels.close();
            throw e;
        }
    }

    private static void requireSameTerminal(Path path, Message.TerminalDevice device) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode");
        if ((mode & S_IFMT) != S_IFCHR) throw new IOException(device.path() + " is not a character device");
        if (!Message.TerminalDevice.of(path).sameFile(device)) {
            throw new IOException(device.path() + " is another file here than for the client");
        }
        long major = major(((Number) Files.getAttribute(path, "unix:rdev")).longValue());
        if (major != VIRTUAL_CONSOLE_MAJOR && (major < PTS_FIRST_MAJOR || major > PTS_LAST_MAJOR)) {
            // isatty's answer without opening it: /dev/zero or a disk would feed the pane forever.
            throw new IOException(device.path() + " is not a terminal");
        }
        if (((Number) Files.getAttribute(path, "unix:uid")).longValue() != OWN_UID) {
            // A login's terminal belongs to the user logged in on it: someone else's is not for us to read.
            throw new IOException(device.path() + " belongs to another user");
        }
    }

    /** The major number in a device number as glibc's gnu_dev_major packs it. */
    private static long major(long rdev) {
        return ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
    }

    private static long ownUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's uid from /proc/self", e);
        }
    }

    /** Reads keys from now on: the client's terminal is in raw mode. */
    public void startReading() {
        if (!closed) readKey.interestOps(SelectionKey.OP_READ);
    }

    /** Leaves the keys to whoever has the terminal now (the client suspended, its shell runs). */
    public void stopReading() {
        if (!closed) readKey.interestOps(0);
    }

    public long pendingBytes() {
        return outgoing.pendingBytes();
    }

    public void write(byte[] bytes) {
        if (closed || bytes.length == 0) return;
        boolean waiting = !outgoing.isEmpty();
        outgoing.add(ByteBuffer.wrap(bytes));
        if (!waiting) flush();
    }

    /**
     * Lets go of the terminal: what it did not take yet is dropped, since the client puts it back
     * as it was right after (a terminal that stopped reading must not hold up a detach).
     */
    public void close() {
        if (closed) return;
        closed = true;
        outgoing.clear();
        channels.close();
    }

    @Override
    public void ready(SelectionKey key) throws IOException {
        if (key == writeKey && key.isWritable()) {
            flush();
            if (!closed && outgoing.isEmpty()) listener.drained();
        }
        if (key == readKey && key.isReadable()) read();
    }

    @Override
    public void failed(Exception cause) {
        hangUp();
    }

    private void read() {
        readBuffer.clear();
        int n;
        try {
            n = channels.source().read(readBuffer);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            hangUp();
        } else if (n > 0) {
            byte[] typed = new byte[n];
            readBuffer.flip().get(typed);
            listener.typed(typed);
        }
    }

    private void flush() {
        try {
            outgoing.flush(channels.sink());
        } catch (IOException e) {
            hangUp();
            return;
        }
        if (!closed) writeKey.interestOps(outgoing.isEmpty() ? 0 : SelectionKey.OP_WRITE);
    }

    private void hangUp() {
        if (closed) return;
        close();
        listener.hungUp();
    }
}

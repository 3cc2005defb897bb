package dev.mux.server.pty;

import dev.mux.platform.libc.ErrnoException;
import dev.mux.platform.libc.Libc;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a new pane's terminal in IUTF8 mode, as tmux does: its line discipline then erases a whole
 * UTF-8 character when a program reads a line (a shell's read, cat) and the user types backspace,
 * not only the character's last byte. Set through the master before the program starts: on Linux
 * the terminal modes asked of a pty's master are its slave's.
 */
final class Utf8Input {
    private static final Logger LOG = LoggerFactory.getLogger(Utf8Input.class);
    /** More than Linux's struct termios (60 bytes), whose input flags come first. */
    private static final int TERMIOS_BYTES = 128;
    private static final int IUTF8 = 0040000;

    private Utf8Input() {}

    /** Sets IUTF8 on the terminal of {@code masterFd}; a terminal that refuses keeps its modes, with a warning. */
    static void set(int masterFd) {
        byte[] termios = new byte[TERMIOS_BYTES];
        try {
            Libc.getTerminalModes(masterFd, termios);
            ByteBuffer inputFlags = ByteBuffer.wrap(termios).order(ByteOrder.nativeOrder());
            inputFlags.putInt(0, inputFlags.getInt(0) | IUTF8);
            Libc.setTerminalModes(masterFd, Libc.TCSANOW, termios);
        } catch (ErrnoException e) {
            LOG.warn("a pane's terminal stays without IUTF8 (backspace erases a byte of a UTF-8 character): {}",
                    e.getMessage());
        }
    }
}

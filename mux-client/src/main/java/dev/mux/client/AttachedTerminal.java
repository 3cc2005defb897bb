package dev.mux.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.StringJoiner;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The user's terminal while a session is attached, reached only through JLine. It owns the raw
 * mode: whoever ends the attachment (an exit message, a lost server, a signal, an exception or the
 * JVM shutting down) calls {@link #restore()}, and only the first call after entering raw mode does
 * anything. A suspended client restores the terminal and enters raw mode again when it resumes.
 */
final class AttachedTerminal {
    /** Turns off what the server's renderer may have turned on, then leaves the alternate screen. */
    private static final byte[] LEAVE_SEQUENCE = ("\033[0m"   // default colours and attributes
            + "\033[?25h"                                      // cursor visible
            + "\033[?1000l\033[?1002l\033[?1003l\033[?1006l"   // no mouse reporting
            + "\033[?2004l"                                    // no bracketed paste
            + "\033[?1004l"                                    // no focus events
            + "\033[?1l\033>"                                  // normal cursor and keypad keys
            + "\033[?1049l")                                   // back to the normal screen
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTER_SEQUENCE = "\033[?1049h".getBytes(StandardCharsets.US_ASCII);

    private final Terminal terminal;
    private final Object lock = new Object();
    private Attributes savedAttributes;
    private boolean restored;
    private boolean restoreHookAdded;

    private AttachedTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * The terminal on standard input, or an IOException saying why it cannot be attached to. A dumb
     * terminal is refused: it never enters raw mode, so the tty would keep its line editing, hold
     * keys until Enter and echo C-b as ^B instead of passing it on.
     */
    static AttachedTerminal open() throws IOException {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder()
                    .system(true)
                    .provider(TerminalBuilder.PROP_PROVIDER_JNI)
                    .jni(true)
                    // No silent fall back to a dumb terminal when JLine cannot drive the tty (JLine
                    // needs its name, which a tty passed in from another container does not have).
                    .dumb(false)
                    // SIG_IGN makes JLine catch INT, QUIT, TSTP... and drop them: like tmux's client,
                    // a stray signal must not kill us with the terminal still raw.
                    .nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build();
        } catch (IllegalStateException e) {
            throw new IOException("JLine cannot drive this terminal: " + providerFailures(e), e);
        }
        if (terminal instanceof DumbTerminal) {
            terminal.close();
            throw new IOException("TERM=" + terminal.getType() + " is a dumb terminal, which cannot show a session");
        }
        return new AttachedTerminal(terminal);
    }

    /** JLine says only "Unable to create a terminal"; what each provider failed with is suppressed in it. */
    private static String providerFailures(IllegalStateException e) {
        StringJoiner failures = new StringJoiner("; ");
        for (Throwable failure : e.getSuppressed()) failures.add(String.valueOf(failure.getMessage()));
        return failures.length() > 0 ? failures.toString() : e.getMessage();
    }

    TerminalSize size() {
        Size size = terminal.getSize();
        return new TerminalSize(size.getColumns(), size.getRows()).orFallback();
    }

    /** Calls {@code action} on the signal thread whenever the terminal changes size. */
    void onResize(Runnable action) {
        terminal.handle(Terminal.Signal.WINCH, signal -> action.run());
    }

    /**
     * Raw mode as tmux sets it: every key, C-c, C-z, C-s and C-q included, goes to the pane
     * unchanged, one read returns as soon as one byte is there, and output is not post-processed
     * (the server positions the cursor itself). Then the alternate screen, so the shell's screen
     * comes back on detach. Called again on resume, after {@link #restore()}.
     */
    void enterRawMode() throws IOException {
        synchronized (lock) {
            restored = false;
            savedAttributes = terminal.enterRawMode();
            Attributes raw = terminal.getAttributes();
            raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.IXOFF, InputFlag.ICRNL, InputFlag.INLCR,
                    InputFlag.IGNCR, InputFlag.IMAXBEL, InputFlag.ISTRIP), false);
            raw.setInputFlag(InputFlag.IGNBRK, true);
            raw.setOutputFlags(EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR, OutputFlag.OCRNL, OutputFlag.ONLRET), false);
            raw.setLocalFlags(EnumSet.of(LocalFlag.ISIG, LocalFlag.IEXTEN, LocalFlag.ICANON, LocalFlag.ECHO,
                    LocalFlag.ECHOE, LocalFlag.ECHONL, LocalFlag.ECHOCTL, LocalFlag.ECHOPRT, LocalFlag.ECHOKE), false);
            raw.setControlChar(ControlChar.VMIN, 1);
            raw.setControlChar(ControlChar.VTIME, 0);
            terminal.setAttributes(raw);
            if (!restoreHookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::restore, "mux-restore-terminal"));
                restoreHookAdded = true;
            }
            writeLocked(ENTER_SEQUENCE);
        }
    }

    /** Writes the server's bytes unchanged; while restored, late output is dropped. */
    void write(byte[] bytes) throws IOException {
        synchronized (lock) {
            if (!restored) writeLocked(bytes);
        }
    }

    /**
     * Leaves the alternate screen and puts the terminal's attributes back. Safe to call from any
     * thread, any number of times: only the first call after {@link #enterRawMode()} acts. Failures
     * are ignored because the terminal may be gone (SIGHUP).
     */
    void restore() {
        synchronized (lock) {
            if (restored) return;
            restored = true;
            if (savedAttributes == null) return;
            try {
                writeLocked(LEAVE_SEQUENCE);
            } catch (IOException | RuntimeException e) {
                // The terminal is gone; there is no screen left to clean up.
            }
            try {
                terminal.setAttributes(savedAttributes);
            } catch (RuntimeException e) {
                // Same: a hung-up terminal has no attributes to restore.
            }
        }
    }

    private void writeLocked(byte[] bytes) throws IOException {
        OutputStream out = terminal.output();
        out.write(bytes);
        out.flush();
    }
}

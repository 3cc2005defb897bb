package dev.mux.client;

import java.io.IOException;
import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal of a {@code -CC} client, whose program reads the control protocol from the terminal
 * itself (iTerm2): no echo and no line editing, so what it types is not shown back, but carriage
 * returns still end lines and newlines still go out as CR LF, as tmux sets its terminal.
 */
final class ControlTerminal {
    private final Terminal terminal;
    private final Attributes saved;

    private ControlTerminal(Terminal terminal, Attributes saved) {
        this.terminal = terminal;
        this.saved = saved;
    }

    /** Takes the terminal on standard input; fails as tmux does when there is none. */
    static ControlTerminal take() throws ClientException {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).provider(TerminalBuilder.PROP_PROVIDER_JNI)
                    .jni(true).dumb(false).nativeSignals(true).signalHandler(Terminal.SignalHandler.SIG_DFL).build();
            Attributes saved = terminal.getAttributes();
            Attributes quiet = new Attributes(saved);
            quiet.setInputFlags(EnumSet.allOf(InputFlag.class), false);
            quiet.setInputFlags(EnumSet.of(InputFlag.ICRNL, InputFlag.IXANY), true);
            quiet.setOutputFlags(EnumSet.allOf(OutputFlag.class), false);
            quiet.setOutputFlags(EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR), true);
            quiet.setLocalFlags(EnumSet.allOf(LocalFlag.class), false);
            quiet.setControlChar(ControlChar.VMIN, 1);
            quiet.setControlChar(ControlChar.VTIME, 0);
            terminal.setAttributes(quiet);
            return new ControlTerminal(terminal, saved);
        } catch (IOException | IllegalStateException e) {
            throw new ClientException("tcgetattr failed: " + e.getMessage());
        }
    }

    /** The terminal's attributes as they were; the terminal may be gone, which leaves nothing to do. */
    void restore() {
        try {
            terminal.setAttributes(saved);
        } catch (RuntimeException e) {
            // A hung-up terminal has no attributes to restore.
        }
    }
}

package dev.mux.client;

import dev.mux.platform.proc.ProcFs;
import dev.mux.protocol.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Names the terminal the client runs on, for the server to open (see
 * {@link Message.TerminalDevice}): only when standard input and output are that one terminal, so
 * the keys the server reads and the frames it draws are the ones this client would have relayed.
 */
final class OwnTerminal {
    private OwnTerminal() {}

    static Optional<Message.TerminalDevice> device() {
        // No /proc, or a terminal without a name here: the socket carries keys and frames.
        ProcFs procFs = new ProcFs();
        Optional<Path> input = procFs.ownDescriptor(0);
        if (input.isEmpty() || !input.equals(procFs.ownDescriptor(1)) || !input.get().startsWith("/dev/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Message.TerminalDevice.of(input.get()));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

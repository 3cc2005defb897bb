package dev.mux.client;

import dev.mux.protocol.Message;
import java.io.IOException;
import java.nio.file.Files;
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
        try {
            Path input = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            Path output = Files.readSymbolicLink(Path.of("/proc/self/fd/1"));
            if (!input.equals(output) || !input.startsWith("/dev/")) return Optional.empty();
            return Optional.of(Message.TerminalDevice.of(input));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No /proc, or a terminal without a name here: the socket carries keys and frames.
            return Optional.empty();
        }
    }
}

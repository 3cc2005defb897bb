package dev.mux.server.term;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Collects tmux's passthrough device control string, {@code ESC P tmux; data ESC \}, in which a
 * program doubles every escape of {@code data} (the parser gives each back single): the data is
 * for the outer terminal, and whether it may go there is the server's choice (allow-passthrough).
 * Any other DCS stops being collected at its first byte that is not the prefix; a string longer
 * than tmux's input limit is dropped whole, as tmux drops it.
 */
final class PassthroughCollector {
    private static final byte[] PREFIX = {'t', 'm', 'u', 'x', ';'};
    /** tmux's INPUT_BUF_LIMIT. */
    private static final int LIMIT = 1 << 20;
    private static final int FIRST_SIZE = 64;

    private Consumer<byte[]> listener;
    private byte[] data = new byte[FIRST_SIZE];
    private int length;
    private boolean collecting;

    void listen(Consumer<byte[]> listener) {
        this.listener = listener;
    }

    /** A DCS began with {@code finalByte} (its first data byte, for tmux's string). */
    void start(int finalByte) {
        length = 0;
        collecting = listener != null;
        add(finalByte);
    }

    void add(int dataByte) {
        if (!collecting) return;
        if ((length < PREFIX.length && dataByte != PREFIX[length]) || length == LIMIT) {
            collecting = false;
            return;
        }
        if (length == data.length) data = Arrays.copyOf(data, Math.min(LIMIT, data.length * 2));
        data[length++] = (byte) dataByte;
    }

    /** The string ended (ST): its data goes to the listener if it was tmux's. */
    void end() {
        if (collecting && length >= PREFIX.length) listener.accept(Arrays.copyOfRange(data, PREFIX.length, length));
        collecting = false;
        if (data.length > FIRST_SIZE) data = new byte[FIRST_SIZE];
    }
}

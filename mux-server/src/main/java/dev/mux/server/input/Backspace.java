package dev.mux.server.input;

/**
 * The backspace option, as tmux 3.3a's input_key applies it: the BSpace key (what the client's
 * terminal sends for its erase character, 0x7f, or the key named BSpace) reaches a pane as the
 * option's key, its modifiers kept. A key past 0x7f (one with modifiers, say) counts as 0x7f.
 */
public final class Backspace {
    /** C-?, the option's default: DEL. */
    public static final int DELETE = 0x7f;
    private static final long BSPACE = KeyCode.parse("BSpace");

    private Backspace() {}

    /** The character BSpace sends, for the option's value. */
    public static int character(String option) {
        long code = KeyCode.parse(option);
        return code == KeyCode.NONE || code < 0 || code >= DELETE ? DELETE : (int) code;
    }

    /** {@code code} with BSpace made {@code character}, its modifiers kept; any other key as it is. */
    static long replace(long code, int character) {
        if ((code & KeyCode.MASK_KEY) != BSPACE) return code;
        return character | (code & ~KeyCode.MASK_KEY);
    }

    /** The bytes a typed BSpace (DEL, or ESC DEL for M-BSpace) sends to a pane; other bytes as they are. */
    static byte[] typed(byte[] typed, int character) {
        if (character == DELETE) return typed;
        if (typed.length == 1 && typed[0] == DELETE) return new byte[] {(byte) character};
        if (typed.length == 2 && typed[0] == 0x1b && typed[1] == DELETE) return new byte[] {0x1b, (byte) character};
        return typed;
    }
}

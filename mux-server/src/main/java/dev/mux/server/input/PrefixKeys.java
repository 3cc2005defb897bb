package dev.mux.server.input;

import java.io.ByteArrayOutputStream;

/**
 * An attached client's keys: everything goes to the pane except the prefix key (C-b) and the key
 * after it, which is a command. Only the default bindings exist yet: {@code d} detaches and the
 * prefix twice sends one prefix to the pane; other keys after the prefix are dropped, as tmux drops
 * unbound keys.
 */
public final class PrefixKeys {
    /** What the keys ask for. */
    public interface Actions {
        void toPane(byte[] bytes);

        void detach();
    }

    public static final byte DEFAULT_PREFIX = 0x02;
    private static final byte ESCAPE = 0x1b;

    private final Actions actions;
    private final byte prefix;
    private boolean afterPrefix;

    public PrefixKeys(Actions actions) {
        this(actions, DEFAULT_PREFIX);
    }

    public PrefixKeys(Actions actions, byte prefix) {
        this.actions = actions;
        this.prefix = prefix;
    }

    public void handle(byte[] bytes) {
        ByteArrayOutputStream forPane = new ByteArrayOutputStream(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (!afterPrefix) {
                if (b == prefix) {
                    afterPrefix = true;
                } else {
                    forPane.write(b);
                }
                i++;
                continue;
            }
            afterPrefix = false;
            int keyLength = keyLength(bytes, i);
            if (keyLength == 1 && b == prefix) {
                forPane.write(b);
            } else if (keyLength == 1 && b == 'd') {
                flush(forPane);
                actions.detach();
                return;
            }
            i += keyLength;
        }
        flush(forPane);
    }

    private void flush(ByteArrayOutputStream forPane) {
        if (forPane.size() > 0) actions.toPane(forPane.toByteArray());
    }

    /**
     * Length of the key starting at {@code start}: an escape sequence (arrow keys, function keys)
     * is one key, so that an unbound C-b Up does not leak "[A" into the pane.
     */
    static int keyLength(byte[] bytes, int start) {
        if (bytes[start] != ESCAPE || start + 1 >= bytes.length) return 1;
        byte second = bytes[start + 1];
        if (second != '[' && second != 'O') return 2;
        int i = start + 2;
        while (i < bytes.length && bytes[i] >= 0x20 && bytes[i] <= 0x3f) i++;
        return Math.min(i + 1, bytes.length) - start;
    }
}

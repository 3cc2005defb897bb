package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a client's terminal sent into keys: one character, ESC plus a key (meta), or an
 * escape sequence (cursor and function keys). Each key also gets its canonical form, the bytes its
 * name sends in normal cursor mode, so a binding for "Up" matches both ESC [ A and ESC O A.
 */
public final class KeyReader {
    /**
     * A key: the bytes it sends to a pane (as typed, or for a special key the sequence tmux sends for
     * it, see {@link TerminalKeys}), the canonical bytes bindings are looked up by, and for a key the
     * terminal sent in an extended form ({@link ExtendedKeys}) its code, else {@link KeyCode#NONE}.
     * An extended key that has a plain form is typed as that form, so that a prompt or a mode reads
     * it as it reads the plain key.
     */
    public record Key(byte[] typed, String canonical, long code) {
        public Key(byte[] typed, String canonical) {
            this(typed, canonical, KeyCode.NONE);
        }

        /** Whether the terminal sent the key in an extended form: what it sends to a pane depends on the pane. */
        public boolean extended() {
            return code != KeyCode.NONE;
        }
    }

    private static final byte ESC = 0x1b;
    /** A mouse report in the X10 form: ESC [ M and three bytes that may be anything. */
    private static final int X10_MOUSE_LENGTH = 6;
    private KeyReader() {}

    public static List<Key> read(byte[] bytes) {
        List<Key> keys = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int length = keyLength(bytes, i);
            byte[] typed = java.util.Arrays.copyOfRange(bytes, i, i + length);
            String text = new String(typed, StandardCharsets.ISO_8859_1);
            long code = ExtendedKeys.parse(typed);
            keys.add(code == KeyCode.NONE ? knownKey(typed, text) : extendedKey(typed, code));
            i += length;
        }
        return keys;
    }

    /** A special key's sequence sends what tmux sends for that key; anything else goes as typed. */
    private static Key knownKey(byte[] typed, String text) {
        TerminalKeys.Known known = TerminalKeys.lookup(text);
        return known == null ? new Key(typed, text) : new Key(known.sends(), known.canonical());
    }

    private static Key extendedKey(byte[] typed, long code) {
        byte[] plain = ExtendedKeys.toPane(code, false);
        return new Key(plain.length > 0 ? plain : typed, canonical(code), code);
    }

    /**
     * The form a key with this code arrives in, which bindings are kept by: the canonical bytes of a
     * typed key, the name of a mouse key or of a key that has no bytes of its own (C-Enter).
     */
    public static String canonical(long code) {
        String name = KeyCode.name(code);
        if (KeyCode.isMouse(code)) return name;
        String canonical = canonical(name);
        return canonical == null ? name : canonical;
    }

    /** The canonical form of a key name (as bind-key takes it), or null if it is no key. */
    public static String canonical(String keyName) {
        byte[] bytes = KeyNames.encode(keyName, false, false);
        if (bytes == null && keyName.codePointCount(0, keyName.length()) == 1) {
            bytes = keyName.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes == null || bytes.length == 0) return null;
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static int keyLength(byte[] bytes, int start) {
        if (bytes[start] != ESC || start + 1 >= bytes.length) return characterLength(bytes, start);
        byte second = bytes[start + 1];
        if (second == ESC && start + 2 < bytes.length && (bytes[start + 2] == '[' || bytes[start + 2] == 'O')) {
            return metaLength(bytes, start);
        }
        if (second == '[' && start + X10_MOUSE_LENGTH <= bytes.length && bytes[start + 2] == 'M') {
            return X10_MOUSE_LENGTH;
        }
        if (second == '[' || second == 'O') {
            int i = start + 2;
            while (i < bytes.length && bytes[i] >= 0x20 && bytes[i] <= 0x3f) {
                // rxvt's S- keys end in $, which is no final byte.
                if (bytes[i] == '$' && TerminalKeys.lookup(text(bytes, start, i + 1)) != null) return i + 1 - start;
                i++;
            }
            return Math.min(i + 1, bytes.length) - start;
        }
        return 1 + characterLength(bytes, start + 1);
    }

    /**
     * ESC before an escape sequence, as tmux reads it: Meta and a known key (M-Up), or the Escape key
     * before a key that says Meta itself (xterm's M-Up), or else Meta and ESC (M-Escape) followed by
     * the rest as text, so that an extended key after an ESC is no key (ESC CSI 13;5u is M-Escape,
     * then [13;5u typed).
     */
    private static int metaLength(byte[] bytes, int start) {
        int inner = keyLength(bytes, start + 1);
        if (TerminalKeys.lookup(text(bytes, start, start + 1 + inner)) != null) return 1 + inner;
        if (TerminalKeys.saysMeta(text(bytes, start + 1, start + 1 + inner))) return 1;
        return 2;
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** One UTF-8 character, or one byte where the encoding is broken. */
    private static int characterLength(byte[] bytes, int start) {
        int lead = bytes[start] & 0xff;
        int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (start + length > bytes.length) return 1;
        for (int i = start + 1; i < start + length; i++) {
            if ((bytes[i] & 0xc0) != 0x80) return 1;
        }
        return length;
    }
}

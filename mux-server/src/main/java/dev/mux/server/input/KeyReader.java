package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits what a client's terminal sent into keys: one character, ESC plus a key (meta), or an
 * escape sequence (cursor and function keys). Each key also gets its canonical form, the bytes its
 * name sends in normal cursor mode, so a binding for "Up" matches both ESC [ A and ESC O A.
 */
public final class KeyReader {
    /**
     * A key: the bytes as typed, the canonical bytes bindings are looked up by, and for a key the
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
    private static final String[] SPECIAL_KEYS = {
        "Up", "Down", "Left", "Right", "Home", "End", "IC", "DC", "PPage", "NPage", "BTab",
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"};
    private static final String[] MODIFIERS = {"", "S-", "M-", "C-", "C-S-", "M-S-", "C-M-", "C-M-S-"};
    /** Sequences other terminals send for Home and End (xterm, rxvt), beside tmux-256color's own. */
    private static final Map<String, String> OTHER_TERMINALS = Map.of(
            "\033[H", "Home", "\033[F", "End", "\033OH", "Home", "\033OF", "End", "\033[7~", "Home", "\033[8~", "End");
    private static final Map<String, String> CANONICAL = buildCanonical();

    private KeyReader() {}

    public static List<Key> read(byte[] bytes) {
        List<Key> keys = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int length = keyLength(bytes, i);
            byte[] typed = java.util.Arrays.copyOfRange(bytes, i, i + length);
            String text = new String(typed, StandardCharsets.ISO_8859_1);
            long code = ExtendedKeys.parse(typed);
            keys.add(code == KeyCode.NONE ? new Key(typed, CANONICAL.getOrDefault(text, text)) : extendedKey(typed, code));
            i += length;
        }
        return keys;
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
            return 1 + keyLength(bytes, start + 1);
        }
        if (second == '[' && start + X10_MOUSE_LENGTH <= bytes.length && bytes[start + 2] == 'M') {
            return X10_MOUSE_LENGTH;
        }
        if (second == '[' || second == 'O') {
            int i = start + 2;
            while (i < bytes.length && bytes[i] >= 0x20 && bytes[i] <= 0x3f) i++;
            return Math.min(i + 1, bytes.length) - start;
        }
        return 1 + characterLength(bytes, start + 1);
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

    private static Map<String, String> buildCanonical() {
        Map<String, String> canonical = new HashMap<>();
        for (String key : SPECIAL_KEYS) {
            for (String modifier : MODIFIERS) {
                String name = modifier + key;
                String normal = canonical(name);
                if (normal == null) continue;
                for (boolean application : new boolean[] {false, true}) {
                    byte[] typed = KeyNames.encode(name, application, application);
                    if (typed != null) canonical.put(new String(typed, StandardCharsets.ISO_8859_1), normal);
                    // Terminals without modified key sequences send meta as ESC before the key.
                    String meta = canonical("M-" + name);
                    if (typed != null && meta != null && !modifier.contains("M-")) {
                        canonical.put("\033" + new String(typed, StandardCharsets.ISO_8859_1), meta);
                    }
                }
            }
        }
        OTHER_TERMINALS.forEach((typed, name) -> canonical.put(typed, canonical(name)));
        return Map.copyOf(canonical);
    }
}

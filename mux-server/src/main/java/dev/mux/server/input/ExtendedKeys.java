package dev.mux.server.input;

import java.nio.charset.StandardCharsets;

/**
 * Extended keys, as tmux 3.3a has them: a terminal asked for them sends a key with all its
 * modifiers as {@code CSI 27 ; mod ; key ~} (xterm's modifyOtherKeys) or {@code CSI key ; mod u};
 * {@link #parse} reads either into a {@link KeyCode}. What a character key with modifiers sends to
 * a pane ({@link #toPane}) depends on whether the pane asked for extended keys: if it did, a key
 * with no plain form (C-Enter, C-S-a, C-;) goes as {@code CSI key ; mod u}; if not, such a key
 * sends nothing, or its nearest control character, as tmux's input_key writes it.
 */
public final class ExtendedKeys {
    /** Modifier bits as {@link KeyNames} has them, so that 1 + modifiers is xterm's parameter. */
    static final int SHIFT = 1;
    static final int META = 2;
    static final int CTRL = 4;
    private static final long BSPACE = KeyCode.parse("BSpace");
    private static final int DELETE = 0x7f;
    /** The longest number read; more digits make the sequence no key. */
    private static final int MAX_DIGITS = 7;

    private ExtendedKeys() {}

    /** The key the bytes are in an extended form, or {@link KeyCode#NONE} if they are not one. */
    public static long parse(byte[] typed) {
        int length = typed.length;
        if (length < 5 || typed[0] != 0x1b || typed[1] != '[') return KeyCode.NONE;
        byte last = typed[length - 1];
        if (last != '~' && last != 'u') return KeyCode.NONE;
        for (int i = 2; i < length - 1; i++) {
            if ((typed[i] < '0' || typed[i] > '9') && typed[i] != ';') return KeyCode.NONE;
        }
        String body = new String(typed, 2, length - 3, StandardCharsets.ISO_8859_1);
        String[] fields = body.split(";", -1);
        boolean xterm = last == '~';
        // xterm's form is 27 ; mod ; key, the other key ; mod; anything after those is ignored, as tmux's sscanf does.
        if (fields.length < (xterm ? 3 : 2) || xterm && !fields[0].equals("27")) return KeyCode.NONE;
        String modifierField = fields[1];
        String numberField = fields[xterm ? 2 : 0];
        if (!isNumber(modifierField) || !isNumber(numberField)) return KeyCode.NONE;
        int number = Integer.parseInt(numberField);
        if (number > Character.MAX_CODE_POINT || number >= Character.MIN_SURROGATE && number <= Character.MAX_SURROGATE) {
            return KeyCode.NONE;
        }
        long key = number == DELETE ? BSPACE : number;
        return foldControl(key | modifiers(Integer.parseInt(modifierField)));
    }

    private static boolean isNumber(String field) {
        return !field.isEmpty() && field.length() <= MAX_DIGITS;
    }

    /** xterm's modifier parameter; tmux reads 9 as Meta and any it does not know as none. */
    private static long modifiers(int parameter) {
        return switch (parameter) {
            case 2 -> KeyCode.SHIFT;
            case 3, 9 -> KeyCode.META;
            case 4 -> KeyCode.SHIFT | KeyCode.META;
            case 5 -> KeyCode.CTRL;
            case 6 -> KeyCode.SHIFT | KeyCode.CTRL;
            case 7 -> KeyCode.META | KeyCode.CTRL;
            case 8 -> KeyCode.SHIFT | KeyCode.META | KeyCode.CTRL;
            default -> 0;
        };
    }

    /** C- on a letter (either case), @ to _, Space or ? becomes the control character, as key names fold it. */
    private static long foldControl(long code) {
        if ((code & KeyCode.CTRL) == 0) return code;
        long key = code & KeyCode.MASK_KEY;
        long others = code & ~KeyCode.MASK_KEY & ~KeyCode.CTRL;
        if (key < 32 && key != '\t' && key != '\r' && key != 27) return key | others;
        if (key >= 'a' && key <= 'z') return key - 96 | others;
        if (key >= '@' && key <= '_') return key - 64 | others;
        if (key == ' ') return others;
        if (key == '?') return DELETE | others;
        return code;
    }

    /** What a key read by {@link #parse} sends to a pane that did, or did not, ask for extended keys. */
    public static byte[] toPane(long code, boolean extended) {
        long key = code & KeyCode.MASK_KEY;
        int modifiers = ((code & KeyCode.SHIFT) != 0 ? SHIFT : 0) | ((code & KeyCode.META) != 0 ? META : 0)
                | ((code & KeyCode.CTRL) != 0 ? CTRL : 0);
        byte[] bytes = toPane(key == BSPACE ? DELETE : (int) key, modifiers, extended);
        return bytes == null ? new byte[0] : bytes;
    }

    /**
     * What a character with modifiers ({@link #SHIFT}, {@link #META}, {@link #CTRL}) sends to a pane:
     * Meta is an ESC before it; C- and S- on a character beyond ASCII are dropped; otherwise, in a pane
     * that asked for extended keys, {@code CSI key ; mod u} (a control character written as C- and its
     * letter); in one that did not, C- alone gives the nearest control character or nothing, and
     * anything else is null: tmux has no sequence for it.
     */
    static byte[] toPane(int codePoint, int modifiers, boolean extended) {
        String prefix = (modifiers & META) != 0 ? "\033" : "";
        if (codePoint >= 0x80 || (modifiers & ~META) == 0) {
            return (prefix + Character.toString(codePoint)).getBytes(StandardCharsets.UTF_8);
        }
        if (extended) {
            int key = codePoint;
            if (key < 32 && key != '\t' && key != '\r' && key != 27) {
                key += 64;
                modifiers |= CTRL;
            }
            return ("\033[" + key + ";" + (1 + modifiers) + "u").getBytes(StandardCharsets.US_ASCII);
        }
        if (modifiers != CTRL) return null;
        int control = nearestControl(codePoint);
        return control < 0 ? new byte[0] : new byte[] {(byte) control};
    }

    /** The control character tmux sends for C- on a character no key name folds, or -1 for none. */
    private static int nearestControl(int c) {
        return switch (c) {
            case ' ', '2' -> 0;
            case '|' -> 28;
            case '6' -> 30;
            case '-', '/' -> 31;
            case '?' -> DELETE;
            default -> c >= 'A' && c <= '_' ? c - 'A' : c >= 'a' && c <= '~' ? c - 96 : -1;
        };
    }
}

package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns send-keys words into the bytes a pane receives, the way tmux 3.3a does (key-string.c reads
 * the name, input-keys.c writes the sequence), for a pane that has or has not asked for extended
 * keys ({@link ExtendedKeys}).
 *
 * <p>A name is optional modifiers ({@code C-}, {@code M-}, {@code S-} in any order and case, or a
 * leading {@code ^} for control) followed by one character or a key name from the table below,
 * matched without regard to case ({@code enter} works). {@code 0x41} names a character by its code.
 * A word that is not a name, or a combination tmux cannot express (such as {@code S-a}), is typed
 * literally; a few combinations tmux accepts but cannot encode ({@code C-Tab}) send nothing. A pane that
 * asked for extended keys gets a special key with modifiers and no sequence of its own ({@code C-BTab})
 * as tmux writes it, {@code CSI number ; modifiers u} with the key's number in tmux's layout.
 */
public final class KeyNames {
    /** Bits chosen so that 1 + modifiers is the xterm modifier parameter (ESC [1;5A is C-Up). */
    private static final int SHIFT = ExtendedKeys.SHIFT;
    private static final int META = ExtendedKeys.META;
    private static final int CTRL = ExtendedKeys.CTRL;

    private static final String ESC = "\033";

    /** Characters tmux leaves alone under C- when reading a name; most then send nothing. */
    private static final String KEEPS_CONTROL = "!#()+,-.0123456789:;<=>'\r\t\177`/";

    private static final int MAX_HEX_DIGITS = 8;

    /** What a key name stands for before its modifiers. */
    private sealed interface Base permits Char, Special, Erase {
    }

    /** BSpace: a key of its own in tmux, which sends the backspace option's character ({@link Backspace}). */
    private record Erase() implements Base {
    }

    /**
     * A key that is a character. {@code foldsControl} is false where C- is not folded into it: a
     * character beyond ASCII, or one named by its code in hex (which takes no modifiers).
     */
    private record Char(int codePoint, boolean foldsControl) implements Base {
    }

    /** When a key's second sequence applies: the pane's application cursor or keypad mode (DECCKM, DECKPAM). */
    private enum Mode { CURSOR, KEYPAD }

    /**
     * A key with its own sequence. {@code application} is sent instead of {@code plain} while the pane
     * is in {@code mode}; {@code modified} has {@code %d} where the xterm modifier parameter goes, or is
     * null for keys that have no modified form (then M- is an ESC prefix and anything else is literal).
     */
    private record Special(String plain, String application, Mode mode, String modified, long code) implements Base {
        Special(String plain, String application, Mode mode, String modified) {
            this(plain, application, mode, modified, 0);
        }

        static Special of(String plain, String modified) {
            return new Special(plain, null, null, modified);
        }

        /** The key's number in tmux's layout ({@link KeyCode}), which its extended form carries. */
        Special withCode(long number) {
            return new Special(plain, application, mode, modified, number);
        }
    }

    private record Key(Base base, int modifiers) {
    }

    private static final Map<String, Base> NAMES = buildNames();

    private KeyNames() {
    }

    /**
     * The bytes {@code keyName} sends to a pane in the given modes; null if the word is not a key name
     * (or names a combination tmux types literally), so the caller sends it as text. Empty for names
     * that send nothing.
     */
    public static byte[] encode(String keyName, boolean applicationCursorKeys, boolean applicationKeypad) {
        return encode(keyName, applicationCursorKeys, applicationKeypad, false);
    }

    /** As {@link #encode(String, boolean, boolean)}, for a pane that did or did not ask for extended keys. */
    public static byte[] encode(String keyName, boolean applicationCursorKeys, boolean applicationKeypad, boolean extended) {
        return encode(keyName, applicationCursorKeys, applicationKeypad, extended, Backspace.DELETE);
    }

    /** As above, BSpace sending {@code backspace} (the backspace option's character). */
    public static byte[] encode(String keyName, boolean applicationCursorKeys, boolean applicationKeypad, boolean extended,
                                int backspace) {
        Key key = read(keyName);
        return key == null ? null : write(key, applicationCursorKeys, applicationKeypad, extended, backspace);
    }

    /**
     * send-keys' rule for its arguments, one byte array per argument: with {@code literal} (-l) every
     * argument is UTF-8 text; otherwise an argument that is a key name sends that key, any other is text.
     */
    public static List<byte[]> sendKeysPayload(List<String> args, boolean literal, boolean appCursor, boolean appKeypad) {
        return sendKeysPayload(args, literal, appCursor, appKeypad, false);
    }

    /** As {@link #sendKeysPayload(List, boolean, boolean, boolean)}, for a pane that did or did not ask for extended keys. */
    public static List<byte[]> sendKeysPayload(List<String> args, boolean literal, boolean appCursor, boolean appKeypad,
                                               boolean extended) {
        return sendKeysPayload(args, literal, appCursor, appKeypad, extended, Backspace.DELETE);
    }

    /** As above, BSpace sending {@code backspace} (the backspace option's character). */
    public static List<byte[]> sendKeysPayload(List<String> args, boolean literal, boolean appCursor, boolean appKeypad,
                                               boolean extended, int backspace) {
        List<byte[]> payload = new ArrayList<>(args.size());
        for (String arg : args) {
            byte[] key = literal ? null : encode(arg, appCursor, appKeypad, extended, backspace);
            payload.add(key != null ? key : arg.getBytes(StandardCharsets.UTF_8));
        }
        return payload;
    }

    /** send-keys -H: a word of one or two hex digits is that byte; anything else is null (tmux skips it). */
    public static byte[] hexByte(String word) {
        if (word.isEmpty() || word.length() > 2 || !isHex(word)) return null;
        return new byte[] {(byte) Integer.parseInt(word, 16)};
    }

    private static Key read(String word) {
        if (word.startsWith("0x")) return readHex(word.substring(2));
        int modifiers = 0;
        String rest = word;
        if (rest.length() > 1 && rest.charAt(0) == '^') {
            modifiers |= CTRL;
            rest = rest.substring(1);
        }
        while (rest.length() > 1 && rest.charAt(1) == '-') {
            int modifier = modifierBit(rest.charAt(0));
            if (modifier == 0) return null;
            modifiers |= modifier;
            rest = rest.substring(2);
        }
        Base base = readBase(rest);
        return base == null ? null : foldControl(base, modifiers);
    }

    /** Hex names take no modifiers and are read before them, as in tmux. */
    private static Key readHex(String digits) {
        if (digits.isEmpty() || digits.length() > MAX_HEX_DIGITS || !isHex(digits)) return null;
        long value = Long.parseLong(digits, 16);
        if (value > Character.MAX_CODE_POINT || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return null;
        }
        return new Key(new Char((int) value, false), 0);
    }

    private static int modifierBit(char letter) {
        return switch (letter) {
            case 'C', 'c' -> CTRL;
            case 'M', 'm' -> META;
            case 'S', 's' -> SHIFT;
            default -> 0;
        };
    }

    private static Base readBase(String rest) {
        if (rest.isEmpty()) return null;
        int first = rest.codePointAt(0);
        boolean single = Character.charCount(first) == rest.length();
        if (single && first < 0x20) return null;
        if (single) return new Char(first, first < 0x80);
        if (first >= 0x80) return null;
        return NAMES.get(rest.toLowerCase(Locale.ROOT));
    }

    /** C- on an ASCII key becomes the control character itself (C-a is 0x01), where there is one. */
    private static Key foldControl(Base base, int modifiers) {
        if (!(base instanceof Char c) || !c.foldsControl() || (modifiers & CTRL) == 0
                || KEEPS_CONTROL.indexOf(c.codePoint()) >= 0 || c.codePoint() == 27) {
            return new Key(base, modifiers);
        }
        int code = c.codePoint();
        int control;
        if (code >= 'a' && code <= 'z') control = code - 96;
        else if (code >= '@' && code <= '_') control = code - 64;
        else if (code == ' ') control = 0;
        else if (code == '?') control = 127;
        else return null;
        return new Key(new Char(control, true), modifiers & ~CTRL);
    }

    private static byte[] write(Key key, boolean appCursor, boolean appKeypad, boolean extended, int backspace) {
        if (key.base() instanceof Char c) return writeChar(c.codePoint(), key.modifiers(), extended);
        if (key.base() instanceof Erase) return writeChar(backspace, key.modifiers(), extended);
        Special special = (Special) key.base();
        boolean application = (special.mode() == Mode.CURSOR && appCursor) || (special.mode() == Mode.KEYPAD && appKeypad);
        String sequence = application ? special.application() : special.plain();
        int modifiers = key.modifiers();
        if (modifiers == 0) return ascii(sequence);
        if (special.modified() != null) return ascii(String.format(special.modified(), 1 + modifiers));
        if (modifiers == META) return ascii(ESC + sequence);
        // No sequence of its own (C-BTab, S-KP1): tmux makes one of the key's number for a pane that asked.
        if (extended) return ascii(ESC + "[" + special.code() + ";" + (1 + modifiers) + "u");
        if (modifiers == CTRL) return new byte[0];
        return null;
    }

    private static byte[] writeChar(int codePoint, int modifiers, boolean extended) {
        return ExtendedKeys.toPane(codePoint, modifiers, extended);
    }

    private static byte[] ascii(String sequence) {
        return sequence.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static Map<String, Base> buildNames() {
        Map<String, Base> names = new HashMap<>();
        String[] functionKeys = {"OP", "OQ", "OR", "OS", "[15~", "[17~", "[18~", "[19~", "[20~", "[21~", "[23~", "[24~"};
        for (int n = 1; n <= functionKeys.length; n++) {
            String tail = functionKeys[n - 1];
            String modified = tail.startsWith("O") ? "[1;%d" + tail.charAt(1) : tail.replace("~", ";%d~");
            put(names, Special.of(ESC + tail, ESC + modified), "F" + n);
        }
        put(names, tildeKey(2), "IC", "Insert");
        put(names, tildeKey(3), "DC", "Delete");
        put(names, Special.of(ESC + "[1~", ESC + "[1;%dH"), "Home");
        put(names, Special.of(ESC + "[4~", ESC + "[1;%dF"), "End");
        put(names, tildeKey(6), "NPage", "PageDown", "PgDn");
        put(names, tildeKey(5), "PPage", "PageUp", "PgUp");
        put(names, Special.of(ESC + "[Z", null), "BTab");
        put(names, arrow('A'), "Up");
        put(names, arrow('B'), "Down");
        put(names, arrow('C'), "Right");
        put(names, arrow('D'), "Left");
        put(names, new Char('\t', true), "Tab");
        put(names, new Char(' ', true), "Space");
        put(names, new Char('\r', true), "Enter");
        put(names, new Char(0x1b, true), "Escape");
        put(names, new Erase(), "BSpace");
        keypad(names, "KP/", '/', 'o');
        keypad(names, "KP*", '*', 'j');
        keypad(names, "KP-", '-', 'm');
        keypad(names, "KP7", '7', 'w');
        keypad(names, "KP8", '8', 'x');
        keypad(names, "KP9", '9', 'y');
        keypad(names, "KP+", '+', 'k');
        keypad(names, "KP4", '4', 't');
        keypad(names, "KP5", '5', 'u');
        keypad(names, "KP6", '6', 'v');
        keypad(names, "KP1", '1', 'q');
        keypad(names, "KP2", '2', 'r');
        keypad(names, "KP3", '3', 's');
        keypad(names, "KPEnter", '\n', 'M');
        keypad(names, "KP0", '0', 'p');
        keypad(names, "KP.", '.', 'n');
        return Map.copyOf(names);
    }

    /** A keypad key types its character, or ESC O x in application keypad mode. */
    private static void keypad(Map<String, Base> names, String name, char plain, char applicationFinal) {
        put(names, new Special(String.valueOf(plain), ESC + "O" + applicationFinal, Mode.KEYPAD, null), name);
    }

    private static Special tildeKey(int number) {
        return Special.of(ESC + "[" + number + "~", ESC + "[" + number + ";%d~");
    }

    private static Special arrow(char finalByte) {
        return new Special(ESC + "[" + finalByte, ESC + "O" + finalByte, Mode.CURSOR, ESC + "[1;%d" + finalByte);
    }

    private static void put(Map<String, Base> names, Base base, String... aliases) {
        Base named = base instanceof Special special ? special.withCode(KeyCode.parse(aliases[0]) & KeyCode.MASK_KEY) : base;
        for (String alias : aliases) names.put(alias.toLowerCase(Locale.ROOT), named);
    }
}

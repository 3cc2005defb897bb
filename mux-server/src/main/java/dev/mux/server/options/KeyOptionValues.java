package dev.mux.server.options;

import java.util.List;
import java.util.Locale;

/**
 * Key names in key options (prefix, prefix2, backspace), read and printed as tmux does: modifiers
 * C-, M-, S- in any order and case (or a leading ^ for control), then one character, a key name
 * (F1, Enter, BSpace, ...) or 0xNN; None for no key. What is printed is tmux's canonical name, so
 * {@code ^A} and {@code C-A} both show as {@code C-a}.
 */
final class KeyOptionValues {
    /** Key names, in tmux's order: an alias (Insert, PageDown, ...) prints as the first name of its key. */
    private static final List<String[]> NAMES = List.of(
            new String[] {"F1"}, new String[] {"F2"}, new String[] {"F3"}, new String[] {"F4"}, new String[] {"F5"},
            new String[] {"F6"}, new String[] {"F7"}, new String[] {"F8"}, new String[] {"F9"}, new String[] {"F10"},
            new String[] {"F11"}, new String[] {"F12"}, new String[] {"IC", "Insert"}, new String[] {"DC", "Delete"},
            new String[] {"Home"}, new String[] {"End"}, new String[] {"NPage", "PageDown", "PgDn"},
            new String[] {"PPage", "PageUp", "PgUp"}, new String[] {"BTab"}, new String[] {"BSpace"},
            new String[] {"Up"}, new String[] {"Down"}, new String[] {"Left"}, new String[] {"Right"},
            new String[] {"KP/"}, new String[] {"KP*"}, new String[] {"KP-"}, new String[] {"KP7"}, new String[] {"KP8"},
            new String[] {"KP9"}, new String[] {"KP+"}, new String[] {"KP4"}, new String[] {"KP5"}, new String[] {"KP6"},
            new String[] {"KP1"}, new String[] {"KP2"}, new String[] {"KP3"}, new String[] {"KPEnter"},
            new String[] {"KP0"}, new String[] {"KP."});
    /** Keys that are characters but have names of their own. */
    private static final int TAB = 9;
    private static final int ENTER = 13;
    private static final int ESCAPE = 27;
    private static final int SPACE = 32;
    private static final int DELETE = 127;
    /** Characters that stay themselves under C- (tmux's exceptions). */
    private static final String KEEPS_CONTROL = "!#()+,-.0123456789:;<=>'\r\t\177`/";
    private static final int NAMED_BASE = 0x1000_0000;
    private static final int NONE = 0x0F00_0000;
    private static final int ANY = 0x0F00_0001;

    private KeyOptionValues() {
    }

    /** A key's modifiers and base: a code point, {@code NAMED_BASE + i} for NAMES[i], or NONE/ANY. */
    private record Key(boolean ctrl, boolean meta, boolean shift, int base) {
        String print() {
            int key = base;
            boolean control = ctrl;
            if (key == 0 && !control && !meta && !shift) {
                key = SPACE;
                control = true;
            }
            StringBuilder out = new StringBuilder();
            if (control) out.append("C-");
            if (meta) out.append("M-");
            if (shift) out.append("S-");
            return out.append(baseName(key)).toString();
        }
    }

    /** The canonical name of the key {@code text} names, or null if it is no key. */
    static String canonical(String text) {
        Key key = parse(text);
        return key == null ? null : key.print();
    }

    private static Key parse(String text) {
        if (text.equalsIgnoreCase("None")) return new Key(false, false, false, NONE);
        if (text.equalsIgnoreCase("Any")) return new Key(false, false, false, ANY);
        if (text.startsWith("0x")) return hex(text.substring(2));
        String rest = text;
        boolean ctrl = false;
        boolean meta = false;
        boolean shift = false;
        if (rest.startsWith("^") && rest.length() > 1) {
            ctrl = true;
            rest = rest.substring(1);
        }
        while (rest.length() >= 2 && rest.charAt(1) == '-') {
            switch (Character.toUpperCase(rest.charAt(0))) {
                case 'C' -> ctrl = true;
                case 'M' -> meta = true;
                case 'S' -> shift = true;
                default -> {
                    return null;
                }
            }
            rest = rest.substring(2);
        }
        if (rest.isEmpty()) return null;
        int base;
        if (rest.codePointCount(0, rest.length()) == 1) {
            base = rest.codePointAt(0);
            if (base < SPACE) return null;
        } else {
            base = named(rest);
            if (base < 0) return null;
        }
        if (ctrl && base <= DELETE && KEEPS_CONTROL.indexOf(base) < 0 && base != TAB && base != ENTER && base != ESCAPE) {
            if (base >= 'a' && base <= 'z') {
                base -= 96;
            } else if (base >= '@' && base <= '_') {
                base -= 64;
            } else if (base == SPACE) {
                base = 0;
            } else if (base == '?') {
                base = DELETE;
            } else {
                return null;
            }
            ctrl = false;
        }
        return new Key(ctrl, meta, shift, base);
    }

    private static Key hex(String digits) {
        try {
            int code = Integer.parseUnsignedInt(digits, 16);
            return code <= Character.MAX_CODE_POINT ? new Key(false, false, false, code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int named(String name) {
        if (name.equalsIgnoreCase("Tab")) return TAB;
        if (name.equalsIgnoreCase("Enter")) return ENTER;
        if (name.equalsIgnoreCase("Escape")) return ESCAPE;
        if (name.equalsIgnoreCase("Space")) return SPACE;
        for (int i = 0; i < NAMES.size(); i++) {
            for (String alias : NAMES.get(i)) {
                if (alias.equalsIgnoreCase(name)) return NAMED_BASE + i;
            }
        }
        return -1;
    }

    private static String baseName(int key) {
        if (key == NONE) return "None";
        if (key == ANY) return "Any";
        if (key >= NAMED_BASE) return NAMES.get(key - NAMED_BASE)[0];
        return switch (key) {
            case TAB -> "Tab";
            case ENTER -> "Enter";
            case ESCAPE -> "Escape";
            case SPACE -> "Space";
            case DELETE -> "C-?";
            default -> character(key);
        };
    }

    private static String character(int key) {
        if (key == 0 || key > 26 && key < SPACE) return "C-" + (char) (64 + key);
        if (key < SPACE) return "C-" + (char) (96 + key);
        return new String(Character.toChars(key));
    }
}

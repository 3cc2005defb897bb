package dev.mux.server.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Key names as numbers laid out as tmux 3.3a's key codes: characters are their code points, C- on
 * a letter folds into the control character, special and mouse keys follow one another from
 * {@link #BASE}, and modifiers are high bits. The layout matters because tmux lists a table's
 * bindings in the order of these numbers, and prints each key back under one normal name.
 */
public final class KeyCode {
    /** What {@link #parse} answers for a word that names no key. */
    public static final long UNKNOWN = 0x000fe000000000L;
    public static final long NONE = 0x000ff000000000L;
    static final long BASE = 0x0000000010e000L;
    private static final long USER = 0x0000000010f000L;
    private static final int USER_KEYS = 1000;
    static final long META = 0x00100000000000L;
    static final long CTRL = 0x00200000000000L;
    static final long SHIFT = 0x00400000000000L;
    static final long MASK_KEY = 0x000fffffffffffL;

    /** What C- leaves alone on a character instead of folding it into a control character. */
    private static final String KEEPS_CONTROL = "!#()+,-.0123456789:;<=>'\r\t\177`/";
    private static final String[] MOUSE_PLACES = {"Pane", "Status", "StatusLeft", "StatusRight", "StatusDefault", "Border"};
    private static final String[] MOUSE_EVENTS = {"MouseMove", "MouseDown", "MouseUp", "MouseDrag", "MouseDragEnd",
        "WheelUp", "WheelDown", "SecondClick", "DoubleClick", "TripleClick"};
    private static final int[] MOUSE_BUTTONS = {1, 2, 3, 6, 7, 8, 9, 10, 11};

    /** Every named key, by the name it is printed with, in the order of their codes. */
    private static final Map<String, Long> NAMED = new LinkedHashMap<>();
    /** Names read but never printed: aliases of keys above. */
    private static final Map<String, String> ALIASES = Map.of(
            "insert", "IC", "delete", "DC", "pagedown", "NPage", "pgdn", "NPage", "pageup", "PPage", "pgup", "PPage");
    private static final Map<String, Long> BY_LOWER_NAME = new LinkedHashMap<>();
    private static final Map<Long, String> NAME_OF = new LinkedHashMap<>();

    static {
        // Focus, Any, paste and three internal mouse codes come first; of them only Any is a name.
        long code = BASE + 8;
        for (String event : MOUSE_EVENTS) {
            boolean buttons = !event.startsWith("Wheel") && !event.equals("MouseMove");
            for (int button : buttons ? MOUSE_BUTTONS : new int[] {0}) {
                for (String place : MOUSE_PLACES) NAMED.put(event + (buttons ? button : "") + place, code++);
            }
        }
        List<String> specials = new ArrayList<>(List.of("BSpace"));
        for (int f = 1; f <= 12; f++) specials.add("F" + f);
        specials.addAll(List.of("IC", "DC", "Home", "End", "NPage", "PPage", "BTab", "Up", "Down", "Left", "Right",
                "KP/", "KP*", "KP-", "KP7", "KP8", "KP9", "KP+", "KP4", "KP5", "KP6", "KP1", "KP2", "KP3", "KPEnter",
                "KP0", "KP."));
        for (String name : specials) NAMED.put(name, code++);
        NAMED.put("Tab", 9L);
        NAMED.put("Space", 32L);
        NAMED.put("Enter", 13L);
        NAMED.put("Escape", 27L);
        NAMED.forEach((name, value) -> {
            BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), value);
            NAME_OF.putIfAbsent(value, name);
        });
        BY_LOWER_NAME.put("any", BASE + 2);
        NAME_OF.put(BASE + 2, "Any");
        ALIASES.forEach((alias, name) -> BY_LOWER_NAME.put(alias, NAMED.get(name)));
    }

    private KeyCode() {}

    /** The names of the named keys (mouse keys among them), as printed. */
    static Iterable<String> names() {
        return NAMED.keySet();
    }

    /** The code of a key name as bind-key reads it ({@code C-a}, {@code ^A}, {@code M-Up}, {@code MouseDown1Pane}), or {@link #UNKNOWN}. */
    public static long parse(String name) {
        if (name.equalsIgnoreCase("None")) return NONE;
        if (name.startsWith("0x")) return parseHex(name.substring(2));
        long modifiers = 0;
        String rest = name;
        if (rest.length() > 1 && rest.charAt(0) == '^') {
            modifiers |= CTRL;
            rest = rest.substring(1);
        }
        while (rest.length() > 1 && rest.charAt(1) == '-') {
            switch (rest.charAt(0)) {
                case 'C', 'c' -> modifiers |= CTRL;
                case 'M', 'm' -> modifiers |= META;
                case 'S', 's' -> modifiers |= SHIFT;
                default -> {
                    return UNKNOWN;
                }
            }
            rest = rest.substring(2);
        }
        if (rest.isEmpty()) return UNKNOWN;
        long key;
        int first = rest.codePointAt(0);
        if (rest.length() == 1 && first <= 127) {
            if (first < 32) return UNKNOWN;
            key = first;
        } else if (first > 127) {
            if (Character.charCount(first) != rest.length()) return UNKNOWN;
            return first | modifiers;
        } else {
            Long named = BY_LOWER_NAME.get(rest.toLowerCase(Locale.ROOT));
            if (named == null) return parseUser(rest, modifiers);
            key = named;
        }
        if (key <= 127 && (modifiers & CTRL) != 0 && KEEPS_CONTROL.indexOf((int) key) < 0 && key != 9 && key != 13 && key != 27) {
            if (key >= 'a' && key <= 'z') key -= 96;
            else if (key >= '@' && key <= '_') key -= 64;
            else if (key == ' ') key = 0;
            else if (key == '?') key = 127;
            else return UNKNOWN;
            modifiers &= ~CTRL;
        }
        return key | modifiers;
    }

    private static long parseUser(String rest, long modifiers) {
        if (!rest.matches("User[0-9]{1,3}")) return UNKNOWN;
        int user = Integer.parseInt(rest.substring(4));
        return user < USER_KEYS ? (USER + user) | modifiers : UNKNOWN;
    }

    private static long parseHex(String digits) {
        if (digits.isEmpty() || !digits.matches("[0-9a-fA-F]{1,8}")) return UNKNOWN;
        long value = Long.parseLong(digits, 16);
        if (value < 32) return value;
        if (value > Character.MAX_CODE_POINT || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return UNKNOWN;
        }
        return value;
    }

    /** The name tmux prints for {@code code}: modifiers in the order C- M- S-, then the key. */
    public static String name(long code) {
        long key = code & MASK_KEY;
        long modifiers = code & ~MASK_KEY;
        if (key == 0 && modifiers == 0) {
            key = ' ';
            modifiers = CTRL;
        }
        StringBuilder out = new StringBuilder();
        if ((modifiers & CTRL) != 0) out.append("C-");
        if ((modifiers & META) != 0) out.append("M-");
        if ((modifiers & SHIFT) != 0) out.append("S-");
        if (key == NONE) return out.append("None").toString();
        String named = NAME_OF.get(key);
        if (named != null) return out.append(named).toString();
        if (key >= USER && key < USER + USER_KEYS) return out.append("User").append(key - USER).toString();
        if (key == 0) return out.append("C-@").toString();
        if (key < 32) return out.append("C-").append((char) (key > 26 ? 64 + key : 96 + key)).toString();
        if (key == 127) return out.append("C-?").toString();
        return out.appendCodePoint((int) key).toString();
    }

    /** Whether the code is a mouse key (MouseDown1Pane...), which typed bytes never are. */
    public static boolean isMouse(long code) {
        long key = code & MASK_KEY;
        return key >= BASE + 5 && key < NAMED.get("BSpace");
    }
}

package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The sequences a terminal sends for its special keys, as tmux 3.3a knows them when it reads a
 * client's keys: tmux-256color's own, xterm's modified forms (modifier 2 to 8, and 9 for Meta; F1
 * to F4 also as {@code ESC O 1;m P} and {@code ESC O m P}), rxvt's ({@code ESC O a} is C-Up,
 * {@code ESC [ a} S-Up, {@code ESC [ 11^}, {@code 11$}, {@code 11@} are C-, S- and C-S-F1), the
 * Home and End of other terminals, and any of those but Meta ones after an ESC (Meta). Each has the
 * canonical form its key is bound by and the bytes a pane gets for it: what tmux's input_key writes
 * for the key, which for forms that depend on the pane's cursor or keypad mode is the form as typed
 * (the client's terminal is put in the pane's modes, so it sends the one the pane wants).
 */
final class TerminalKeys {
    /** A known sequence: the form bindings are looked up by, and the bytes it sends to a pane. */
    record Known(String canonical, byte[] sends) {
    }

    private static final String ESC = "\033";
    private static final String[] SPECIAL_KEYS = {
        "Up", "Down", "Left", "Right", "Home", "End", "IC", "DC", "PPage", "NPage", "BTab",
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"};
    /** By xterm's modifier parameter less 2: 2 is S-, 3 M-, ... 8 C-M-S-, and 9 M- again. */
    private static final String[] MODIFIERS = {"S-", "M-", "M-S-", "C-", "C-S-", "C-M-", "C-M-S-", "M-"};
    /** xterm's modified forms, with the modifier parameter where {@code _} is. */
    private static final Map<String, String[]> XTERM_FORMS = Map.ofEntries(
            Map.entry("F1", new String[] {"[1;_P", "O1;_P", "O_P"}),
            Map.entry("F2", new String[] {"[1;_Q", "O1;_Q", "O_Q"}),
            Map.entry("F3", new String[] {"[1;_R", "O1;_R", "O_R"}),
            Map.entry("F4", new String[] {"[1;_S", "O1;_S", "O_S"}),
            Map.entry("F5", new String[] {"[15;_~"}), Map.entry("F6", new String[] {"[17;_~"}),
            Map.entry("F7", new String[] {"[18;_~"}), Map.entry("F8", new String[] {"[19;_~"}),
            Map.entry("F9", new String[] {"[20;_~"}), Map.entry("F10", new String[] {"[21;_~"}),
            Map.entry("F11", new String[] {"[23;_~"}), Map.entry("F12", new String[] {"[24;_~"}),
            Map.entry("Up", new String[] {"[1;_A"}), Map.entry("Down", new String[] {"[1;_B"}),
            Map.entry("Right", new String[] {"[1;_C"}), Map.entry("Left", new String[] {"[1;_D"}),
            Map.entry("Home", new String[] {"[1;_H"}), Map.entry("End", new String[] {"[1;_F"}),
            Map.entry("PPage", new String[] {"[5;_~"}), Map.entry("NPage", new String[] {"[6;_~"}),
            Map.entry("IC", new String[] {"[2;_~"}), Map.entry("DC", new String[] {"[3;_~"}));
    /** rxvt's numbers for the keys it sends as ESC [ number and ^ (C-), $ (S-) or @ (C-S-). */
    private static final Map<String, Integer> RXVT_NUMBERS = Map.ofEntries(
            Map.entry("F1", 11), Map.entry("F2", 12), Map.entry("F3", 13), Map.entry("F4", 14), Map.entry("F5", 15),
            Map.entry("F6", 17), Map.entry("F7", 18), Map.entry("F8", 19), Map.entry("F9", 20), Map.entry("F10", 21),
            Map.entry("F11", 23), Map.entry("F12", 24), Map.entry("IC", 2), Map.entry("DC", 3), Map.entry("Home", 7),
            Map.entry("End", 8), Map.entry("NPage", 6), Map.entry("PPage", 5));
    /** Home and End as other terminals send them (xterm, rxvt). */
    private static final Map<String, String> OTHER_TERMINALS = Map.of(
            "[H", "Home", "[F", "End", "OH", "Home", "OF", "End", "[7~", "Home", "[8~", "End");

    /** Sequence to key name, for every sequence but the Meta (ESC-prefixed) forms. */
    private static final Map<String, String> NAMES = buildNames();
    private static final Map<String, Known> KNOWN = buildKnown();

    private TerminalKeys() {
    }

    /** The key {@code typed} is, or null if it is none of the known sequences. */
    static Known lookup(String typed) {
        return KNOWN.get(typed);
    }

    /**
     * Whether {@code typed} is a key whose sequence says Meta itself (xterm's ESC [1;3A): after an
     * ESC, tmux reads the ESC as the Escape key and then this key, not as Meta twice.
     */
    static boolean saysMeta(String typed) {
        String name = NAMES.get(typed);
        return name != null && name.contains("M-");
    }

    private static Map<String, String> buildNames() {
        Map<String, String> names = new HashMap<>();
        for (String key : SPECIAL_KEYS) {
            for (boolean application : new boolean[] {false, true}) {
                names.put(text(KeyNames.encode(key, application, application)), key);
            }
        }
        XTERM_FORMS.forEach((key, forms) -> {
            for (String form : forms) {
                for (int parameter = 2; parameter <= 9; parameter++) {
                    names.put(ESC + form.replace("_", Integer.toString(parameter)), MODIFIERS[parameter - 2] + key);
                }
            }
        });
        String arrows = "ABCD";
        String[] arrowNames = {"Up", "Down", "Right", "Left"};
        for (int i = 0; i < arrows.length(); i++) {
            char lower = Character.toLowerCase(arrows.charAt(i));
            names.put(ESC + "O" + lower, "C-" + arrowNames[i]);
            names.put(ESC + "[" + lower, "S-" + arrowNames[i]);
        }
        RXVT_NUMBERS.forEach((key, number) -> {
            names.put(ESC + "[" + number + "^", "C-" + key);
            names.put(ESC + "[" + number + "$", "S-" + key);
            names.put(ESC + "[" + number + "@", "C-S-" + key);
        });
        OTHER_TERMINALS.forEach((tail, key) -> names.put(ESC + tail, key));
        return Map.copyOf(names);
    }

    private static Map<String, Known> buildKnown() {
        Map<String, Known> known = new HashMap<>();
        NAMES.forEach((typed, name) -> {
            String sends = sends(typed, name);
            known.put(typed, new Known(KeyReader.canonical(name), bytes(sends)));
            // Meta as an ESC before a key that does not say Meta itself; tmux then sends the ESC and the key.
            if (!name.contains("M-")) known.put(ESC + typed, new Known(KeyReader.canonical("M-" + name), bytes(ESC + sends)));
        });
        // Except these four of tmux's own, read as the M-Home and M-End that xterm would send.
        for (String tail : new String[] {"[H", "OH", "[F", "OF"}) {
            String name = "M-" + OTHER_TERMINALS.get(tail);
            known.put(ESC + ESC + tail, new Known(KeyReader.canonical(name), KeyNames.encode(name, false, false)));
        }
        return Map.copyOf(known);
    }

    /** What tmux writes to a pane for the key: its sequence, or the typed form where that depends on the pane's modes. */
    private static String sends(String typed, String name) {
        for (boolean application : new boolean[] {false, true}) {
            if (typed.equals(text(KeyNames.encode(name, application, application)))) return typed;
        }
        return text(KeyNames.encode(name, false, false));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

package dev.mux.server.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name tmux prints for a key as a client typed it (command-prompt -k answers with it): each
 * key's canonical form leads back to its code, from a table built once of every named key and
 * character under each set of modifiers.
 */
public final class TypedKeyNames {
    private static final String[] MODIFIERS = {"", "S-", "M-", "M-S-", "C-", "C-S-", "C-M-", "C-M-S-"};
    private static volatile Map<String, Long> byCanonical;

    private TypedKeyNames() {}

    /** tmux's name of {@code key}, or the text it typed when no key has that form. */
    public static String of(KeyReader.Key key) {
        if (key.extended()) return KeyCode.name(key.code());
        Long code = table().get(key.canonical());
        return code != null ? KeyCode.name(code) : new String(key.typed(), StandardCharsets.UTF_8);
    }

    private static Map<String, Long> table() {
        Map<String, Long> table = byCanonical;
        if (table == null) {
            table = build();
            byCanonical = table;
        }
        return table;
    }

    private static Map<String, Long> build() {
        List<String> bases = new ArrayList<>();
        for (String name : KeyCode.names()) bases.add(name);
        for (char c = '!'; c < 0x7f; c++) bases.add(String.valueOf(c));
        Map<String, Long> table = new HashMap<>();
        for (String modifiers : MODIFIERS) {
            for (String base : bases) {
                long code = KeyCode.parse(modifiers + base);
                if (code == KeyCode.UNKNOWN || code == KeyCode.NONE || KeyCode.isMouse(code)) continue;
                String canonical = KeyReader.canonical(code);
                if (canonical != null) table.putIfAbsent(canonical, code);
            }
        }
        return Map.copyOf(table);
    }
}

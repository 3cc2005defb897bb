package dev.mux.server.cmd;

import dev.mux.server.input.KeyBindings;

/** The key table that -n and -T name for the key binding commands; the prefix table by default. */
final class KeyTables {
    private KeyTables() {}

    static String named(ParsedArgs args) {
        if (args.has('n')) return KeyBindings.ROOT_TABLE;
        return args.value('T', KeyBindings.PREFIX_TABLE);
    }
}

package dev.mux.server.choose;

import dev.mux.server.format.FormatContext;

/** Formats of a chooser's items: tmux's truth of a filter's value, and the key a -K format gives a line. */
final class ItemFormats {
    private ItemFormats() {}

    /** Whether {@code filter} (null: none) is true for {@code context}: not empty and not 0. */
    static boolean passes(String filter, FormatContext context) {
        if (filter == null) return true;
        String value = context.expand(filter);
        return !value.isEmpty() && !value.equals("0");
    }

    /** The key {@code keyFormat} gives line {@code line} ({@code #{line}}), or null when it expands to nothing. */
    static String keyName(String keyFormat, FormatContext context, int line) {
        String key = context.with("line", Integer.toString(line)).expand(keyFormat);
        return key.isEmpty() ? null : key;
    }
}

package dev.mux.server.choose;

import dev.mux.server.format.Formats;
import java.util.Map;
import java.util.function.Function;

/**
 * Formats of a chooser's items: the variables of the thing an item stands for, and a few more
 * that say which kind of item it is ({@code session_format}, {@code window_format},
 * {@code pane_format}) or which line it is on ({@code line}), as tmux's choose modes add.
 */
final class ItemFormats {
    private ItemFormats() {}

    static String expand(String template, Function<String, String> variables, Map<String, String> extra) {
        return Formats.expand(template, name -> extra.containsKey(name) ? extra.get(name) : variables.apply(name));
    }

    /** tmux's truth of a format's value: not empty and not 0. */
    static boolean isTrue(String value) {
        return !value.isEmpty() && !value.equals("0");
    }

    /** The key a -K format gives line {@code line}, or null when it expands to nothing. */
    static String keyName(String keyFormat, int line) {
        String key = Formats.expand(keyFormat, name -> name.equals("line") ? Integer.toString(line) : null);
        return key.isEmpty() ? null : key;
    }
}

package dev.mux.server.overlay;

import dev.mux.server.format.FormatText;
import dev.mux.server.input.KeyCode;
import dev.mux.server.input.KeyReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a menu as tmux 3.3a's menu_add_item makes them from expanded names and commands: an
 * empty name drops the item, a separator never comes first, the key goes at the right in brackets
 * when there is room (a quarter of the width, or the whole of name and key), a name too long for
 * the client is trimmed and marked with ">", and the menu is as wide as its widest line or title.
 */
public final class MenuBuilder {
    private final String title;
    private final int clientColumns;
    private final List<MenuItem> items = new ArrayList<>();
    private int width;

    public MenuBuilder(String title, int clientColumns) {
        this.title = title;
        this.clientColumns = clientColumns;
        this.width = FormatText.width(title);
    }

    public void separator() {
        if (!items.isEmpty()) items.add(MenuItem.SEPARATOR);
    }

    /** An item of expanded {@code name} chosen by the key named {@code keyName} to run {@code command}. */
    public void item(String name, String keyName, String command) {
        if (name.isEmpty()) return;
        long code = KeyCode.parse(keyName);
        boolean hasKey = code != KeyCode.UNKNOWN && code != KeyCode.NONE;
        String key = null;
        int available = clientColumns - 4;
        // tmux measures the name in bytes here, in cells when trimming.
        int length = name.getBytes(StandardCharsets.UTF_8).length;
        if (!name.startsWith("-") && hasKey) {
            key = KeyCode.name(code);
            int keyLength = key.length() + 3;
            if (keyLength <= available / 4) {
                available -= keyLength;
            } else if (keyLength >= available || length >= available - keyLength) {
                key = null;
            }
        }
        String suffix = "";
        if (length > available) {
            available--;
            suffix = ">";
        }
        String trimmed = FormatText.trimRight(name, Math.max(0, available));
        String shown = key != null ? trimmed + suffix + "#[default] #[align=right](" + key + ")" : trimmed + suffix;
        items.add(new MenuItem(shown, hasKey ? KeyReader.canonical(KeyCode.name(code)) : null, command));
        int shownWidth = FormatText.width(shown) - (shown.startsWith("-") ? 1 : 0);
        width = Math.max(width, shownWidth);
    }

    String title() {
        return title;
    }

    List<MenuItem> items() {
        return List.copyOf(items);
    }

    /** The widest line's cells: the box is four wider. */
    public int width() {
        return width;
    }

    /** The number of lines: the box is two higher. */
    public int count() {
        return items.size();
    }
}

package dev.mux.server.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's key tables, as tmux's: "prefix" (keys after the prefix key) and "root" (keys bound
 * with -n, no prefix needed). Keys are held in {@link KeyReader} canonical form.
 */
public final class KeyBindings {
    public static final String PREFIX_TABLE = "prefix";
    public static final String ROOT_TABLE = "root";

    /** One binding: the key as the user named it, the command line it runs, and whether it repeats. */
    public record Binding(String table, String keyName, List<String> command, boolean repeat) {
        public Binding {
            command = List.copyOf(command);
        }
    }

    private final Map<String, Map<String, Binding>> tables = new LinkedHashMap<>();

    public KeyBindings() {
        tables.put(ROOT_TABLE, new LinkedHashMap<>());
        tables.put(PREFIX_TABLE, new LinkedHashMap<>());
    }

    /** tmux's default bindings for the commands that exist. */
    public static KeyBindings defaults() {
        KeyBindings bindings = new KeyBindings();
        bindings.bindDefault("C-b", false, "send-prefix");
        bindings.bindDefault("d", false, "detach-client");
        bindings.bindDefault("C-z", false, "suspend-client");
        bindings.bindDefault("c", false, "new-window");
        bindings.bindDefault("n", false, "next-window");
        bindings.bindDefault("p", false, "previous-window");
        bindings.bindDefault("l", false, "last-window");
        for (int index = 0; index <= 9; index++) {
            bindings.bindDefault(Integer.toString(index), false, "select-window", "-t", ":=" + index);
        }
        bindings.bindDefault(":", false, "command-prompt");
        bindings.bindDefault(",", false, "command-prompt", "-I", "#W", "rename-window -- '%%'");
        bindings.bindDefault("$", false, "command-prompt", "-I", "#S", "rename-session -- '%%'");
        bindings.bindDefault("!", false, "break-pane");
        bindings.bindDefault("q", false, "display-panes");
        bindings.bindDefault("%", false, "split-window", "-h");
        bindings.bindDefault("\"", false, "split-window");
        bindings.bindDefault("o", false, "select-pane", "-t", ":.+");
        bindings.bindDefault(";", false, "select-pane", "-l");
        bindings.bindDefault("z", false, "resize-pane", "-Z");
        bindings.bindDefault("{", false, "swap-pane", "-U");
        bindings.bindDefault("}", false, "swap-pane", "-D");
        bindings.bindDefault("Space", false, "next-layout");
        bindings.bindDefault("t", false, "clock-mode");
        bindings.bindDefault("s", false, "choose-tree", "-Zs");
        bindings.bindDefault("w", false, "choose-tree", "-Zw");
        bindings.bindDefault("D", false, "choose-client", "-Z");
        bindings.bindDefault("=", false, "choose-buffer", "-Z");
        bindings.bindDefault("C", false, "customize-mode", "-Z");
        bindings.bindDefault("[", false, "copy-mode");
        bindings.bindDefault("PPage", false, "copy-mode", "-u");
        bindings.bindDefault("]", false, "paste-buffer", "-p");
        bindings.bindDefault("#", false, "list-buffers");
        bindings.bindDefault("-", false, "delete-buffer");
        String[] presets = {"even-horizontal", "even-vertical", "main-horizontal", "main-vertical", "tiled"};
        for (int i = 0; i < presets.length; i++) bindings.bindDefault("M-" + (i + 1), false, "select-layout", presets[i]);
        String[][] arrows = {{"Up", "-U"}, {"Down", "-D"}, {"Left", "-L"}, {"Right", "-R"}};
        for (String[] arrow : arrows) {
            bindings.bindDefault(arrow[0], true, "select-pane", arrow[1]);
            bindings.bindDefault("C-" + arrow[0], true, "resize-pane", arrow[1]);
            bindings.bindDefault("M-" + arrow[0], true, "resize-pane", arrow[1], "5");
        }
        return bindings;
    }

    private void bindDefault(String key, boolean repeat, String... command) {
        bind(PREFIX_TABLE, key, List.of(command), repeat);
    }

    /** Binds {@code keyName} in {@code table}; false if the name is no key. */
    public boolean bind(String table, String keyName, List<String> command, boolean repeat) {
        String key = KeyReader.canonical(keyName);
        if (key == null) return false;
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, new Binding(table, keyName, command, repeat));
        return true;
    }

    /** Removes a binding; false if the name is no key. */
    public boolean unbind(String table, String keyName) {
        String key = KeyReader.canonical(keyName);
        if (key == null) return false;
        Map<String, Binding> bindings = tables.get(table);
        if (bindings != null) bindings.remove(key);
        return true;
    }

    public void unbindAll(String table) {
        Map<String, Binding> bindings = tables.get(table);
        if (bindings != null) bindings.clear();
    }

    public Optional<Binding> lookup(String table, String canonicalKey) {
        Map<String, Binding> bindings = tables.get(table);
        return bindings == null ? Optional.empty() : Optional.ofNullable(bindings.get(canonicalKey));
    }

    public boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    /** Every binding, table by table, in the order bound. */
    public List<Binding> all() {
        List<Binding> all = new ArrayList<>();
        for (Map<String, Binding> bindings : tables.values()) all.addAll(bindings.values());
        return all;
    }
}

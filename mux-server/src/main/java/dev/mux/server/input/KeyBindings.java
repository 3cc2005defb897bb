package dev.mux.server.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server's key tables, as tmux's: "root" (keys that need no prefix), "prefix", "copy-mode" and
 * "copy-mode-vi", and any a user binds into. Tables are kept in name order and each table's keys in
 * {@link KeyCode} order, the order list-keys prints them. A typed key is found by its
 * {@link KeyReader} canonical form, a mouse key by its name.
 */
public final class KeyBindings {
    public static final String PREFIX_TABLE = "prefix";
    public static final String ROOT_TABLE = "root";
    public static final String COPY_TABLE = "copy-mode";
    public static final String COPY_VI_TABLE = "copy-mode-vi";
    /** tmux 3.3a's default bindings: table, key, r or -, note, commands as list-keys prints them; tab-separated. */
    private static final String DEFAULTS = "default-key-bindings.txt";

    /** One binding: the key's code, its note (or null), whether it repeats, and its commands. */
    public record Binding(String table, long key, String note, boolean repeat, CommandList commands) {
        public String keyName() {
            return KeyCode.name(key);
        }

        /** The commands as word lists for the command table. */
        public List<List<String>> command() {
            return commands.toWords();
        }
    }

    private final Map<String, Table> tables = new TreeMap<>();

    /** One table: bindings by key code, and the same by the form a typed or mouse key is looked up in. */
    private static final class Table {
        final TreeMap<Long, Binding> byCode = new TreeMap<>();
        final Map<String, Long> byTyped = new HashMap<>();
        /** A table that had default bindings stays when its last binding goes, as in tmux. */
        boolean hadDefaults;
    }

    /** Empty root and prefix tables. */
    public KeyBindings() {
        tables.put(ROOT_TABLE, new Table());
        tables.put(PREFIX_TABLE, new Table());
    }

    /** tmux 3.3a's default tables. */
    public static KeyBindings defaults() {
        KeyBindings bindings = new KeyBindings();
        try (InputStream in = KeyBindings.class.getResourceAsStream(DEFAULTS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", 5);
                long key = KeyCode.parse(fields[1]);
                if (key == KeyCode.UNKNOWN) throw new IllegalStateException("default binding of no key: " + line);
                bindings.bind(fields[0], key, CommandListParser.parse(fields[4]), fields[3].isEmpty() ? null : fields[3],
                        fields[2].equals("r"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CommandListParser.SyntaxError e) {
            throw new IllegalStateException("default binding: " + e.getMessage(), e);
        }
        bindings.tables.values().forEach(table -> table.hadDefaults = true);
        return bindings;
    }

    /** Binds {@code key} in {@code table} (made if new), replacing what it was bound to. */
    public void bind(String table, long key, CommandList commands, String note, boolean repeat) {
        Table bindings = tables.computeIfAbsent(table, t -> new Table());
        bindings.byCode.put(key, new Binding(table, key, note, repeat, commands));
        bindings.byTyped.put(KeyReader.canonical(key), key);
    }

    /** bind-key with a key and no command: only the note of an existing binding changes; the table is made if new. */
    public void setNote(String table, long key, String note) {
        Table bindings = tables.computeIfAbsent(table, t -> new Table());
        Binding binding = bindings.byCode.get(key);
        if (binding != null) bindings.byCode.put(key, new Binding(table, key, note, binding.repeat(), binding.commands()));
    }

    /** Removes a binding; a table left empty goes unless it had default bindings. */
    public void unbind(String table, long key) {
        Table bindings = tables.get(table);
        if (bindings == null || bindings.byCode.remove(key) == null) return;
        bindings.byTyped.remove(KeyReader.canonical(key));
        if (bindings.byCode.isEmpty() && !bindings.hadDefaults) tables.remove(table);
    }

    /** unbind-key -a: the table goes with all its bindings. */
    public void removeTable(String table) {
        tables.remove(table);
    }

    /** The binding of a typed key ({@link KeyReader} canonical form) or a mouse key (its name). */
    public Optional<Binding> lookup(String table, String typedKey) {
        Table bindings = tables.get(table);
        if (bindings == null) return Optional.empty();
        Long key = bindings.byTyped.get(typedKey);
        return key == null ? Optional.empty() : Optional.ofNullable(bindings.byCode.get(key));
    }

    public Optional<Binding> lookup(String table, long key) {
        Table bindings = tables.get(table);
        return bindings == null ? Optional.empty() : Optional.ofNullable(bindings.byCode.get(key));
    }

    public boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    /** The table's bindings in key order; empty if there is no such table. */
    public List<Binding> table(String table) {
        Table bindings = tables.get(table);
        return bindings == null ? List.of() : List.copyOf(bindings.byCode.values());
    }

    /** Every binding, table by table in name order, each in key order. */
    public List<Binding> all() {
        List<Binding> all = new ArrayList<>();
        for (Table table : tables.values()) all.addAll(table.byCode.values());
        return all;
    }
}

package dev.mux.server.choose;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionLines;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.ShellQuoting;
import dev.mux.server.term.Style;
import dev.mux.server.tree.Chooser;
import dev.mux.server.tree.Sort;
import dev.mux.server.tree.TreeBuilder;
import dev.mux.server.tree.TreeItem;
import dev.mux.server.tree.TreeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * customize-mode's items: the global server, session and window options and the key tables'
 * bindings, each under its heading; the preview says what an item is and its value. Enter and
 * {@code s} ask for a new value (or command) on the prompt, {@code d} and {@code u} set an option
 * back to its default, or unbind a key.
 */
public final class Customize implements Chooser {
    /** tmux's name of the mode. */
    public static final String NAME = "options-mode";

    /** A key binding as the mode lists it. */
    public record Binding(String table, String key, String command) {}

    /** An option as an item's data: its definition and the scope its heading shows. */
    private record Option(OptionDefinition definition, OptionScope scope) {}

    private static final Map<OptionScope, String> HEADINGS = headings();

    private final OptionStore options;
    private final Supplier<List<Binding>> bindings;
    private final Runnable unzoom;

    public Customize(OptionStore options, Supplier<List<Binding>> bindings, Runnable unzoom) {
        this.options = options;
        this.bindings = bindings;
        this.unzoom = unzoom;
    }

    private static Map<OptionScope, String> headings() {
        Map<OptionScope, String> headings = new LinkedHashMap<>();
        headings.put(OptionScope.SERVER, "Server Options");
        headings.put(OptionScope.SESSION, "Session Options");
        headings.put(OptionScope.WINDOW, "Window & Pane Options");
        return headings;
    }

    @Override
    public List<String> sortOrders() {
        return List.of();
    }

    @Override
    public int previewRows(int rows) {
        return 12;
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        for (Map.Entry<OptionScope, String> heading : HEADINGS.entrySet()) {
            TreeItem top = builder.add(null, heading.getValue(), heading.getKey(), heading.getValue(), null, false);
            top.noTag();
            List<OptionDefinition> definitions = new ArrayList<>();
            for (OptionDefinition definition : options.table().definitions()) {
                if (definition.scope() == heading.getKey() && !definition.hook()) definitions.add(definition);
            }
            definitions.sort(Comparator.comparing(OptionDefinition::name));
            for (OptionDefinition definition : definitions) {
                if (filter != null && !definition.name().contains(filter)) continue;
                builder.add(top, definition.name(), new Option(definition, heading.getKey()), definition.name(),
                        value(definition), false);
            }
        }
        Map<String, List<Binding>> tables = new java.util.TreeMap<>();
        for (Binding binding : bindings.get()) tables.computeIfAbsent(binding.table(), t -> new ArrayList<>()).add(binding);
        for (Map.Entry<String, List<Binding>> table : tables.entrySet()) {
            String name = "Key Table - " + table.getKey();
            TreeItem top = builder.add(null, name, table.getKey(), name, null, false);
            top.noTag();
            for (Binding binding : table.getValue()) {
                if (filter != null && !binding.key().contains(filter) && !binding.command().contains(filter)) continue;
                builder.add(top, table.getKey() + " " + binding.key(), binding, binding.key(), binding.command(), false);
            }
        }
    }

    private String value(OptionDefinition definition) {
        Object value = options.global(definition.scope()).get(definition.name());
        if (value == null) return "";
        if (value instanceof SortedMap<?, ?> items) return items.isEmpty() ? "" : OptionLines.text(items.get(items.firstKey()));
        return OptionLines.text(value);
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        List<String> lines = new ArrayList<>();
        if (item.data() instanceof Option option) {
            lines.add("This is a " + scopeName(option.scope()) + " option.");
            lines.add("");
            lines.add("Option value: " + value(option.definition()));
            Object fallback = OptionStore.defaultValue(option.definition());
            if (!(fallback instanceof SortedMap<?, ?>)) lines.add("Default value: " + OptionLines.text(fallback));
        } else if (item.data() instanceof Binding binding) {
            lines.add("This is the key " + binding.key() + " in the " + binding.table() + " table.");
            lines.add("");
            lines.add("Command: " + binding.command());
        }
        for (int row = 0; row < lines.size() && row < area.rows(); row++) area.putString(0, row, lines.get(row), Style.DEFAULT);
    }

    private static String scopeName(OptionScope scope) {
        return switch (scope) {
            case SERVER -> "server";
            case SESSION -> "session";
            default -> "window";
        };
    }

    @Override
    public String target(TreeItem item) {
        return null;
    }

    @Override
    public boolean key(String canonicalKey, TreeMode mode) {
        TreeItem current = mode.tree().current();
        if (current == null) return false;
        switch (canonicalKey) {
            case "s" -> change(mode, current);
            case "d", "u" -> reset(mode, current);
            default -> {
                return false;
            }
        }
        mode.tree().build();
        return true;
    }

    /** Enter changes the item rather than leaving; on a heading it expands or collapses it. */
    @Override
    public boolean chosen(TreeItem item, TreeMode mode) {
        if (item.parent() == null) {
            if (item.expanded()) mode.tree().collapse();
            else mode.tree().expandCurrent();
        } else {
            change(mode, item);
        }
        return true;
    }

    private void change(TreeMode mode, TreeItem item) {
        if (item.data() instanceof Option option) {
            String name = option.definition().name();
            mode.ask("(" + name + ") ", value(option.definition()),
                    text -> mode.run("set-option " + flag(option.scope()) + " " + name + " " + ShellQuoting.quote(text)));
        } else if (item.data() instanceof Binding binding) {
            mode.ask("(" + binding.key() + ") ", binding.command(), text -> mode.run("bind-key -T "
                    + ShellQuoting.quote(binding.table()) + " " + ShellQuoting.quote(binding.key()) + " " + text));
        }
    }

    private void reset(TreeMode mode, TreeItem item) {
        if (item.data() instanceof Option option) {
            mode.run("set-option -u " + flag(option.scope()) + " " + option.definition().name());
        } else if (item.data() instanceof Binding binding) {
            mode.run("unbind-key -T " + ShellQuoting.quote(binding.table()) + " " + ShellQuoting.quote(binding.key()));
        }
    }

    private static String flag(OptionScope scope) {
        return switch (scope) {
            case SERVER -> "-s";
            case SESSION -> "-g";
            default -> "-gw";
        };
    }

    @Override
    public void end() {
        unzoom.run();
    }
}

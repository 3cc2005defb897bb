package dev.mux.server.tree;

import dev.mux.server.mode.ModeCanvas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A small source for tests: groups of names, the groups expanded at first; a filter is a text the
 * child's name must hold (a group without such children is left out); "name" sorts by name,
 * "length" by length, both children and groups.
 */
final class FruitTree implements TreeSource {
    final Map<String, List<String>> groups;

    FruitTree(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    @Override
    public List<String> sortOrders() {
        return List.of("name", "length");
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        Comparator<String> order = sort.order().equals("length")
                ? Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        if (sort.reversed()) order = order.reversed();
        List<String> names = new ArrayList<>(groups.keySet());
        names.sort(order);
        for (String group : names) {
            TreeItem parent = builder.add(null, group, group, group, null, true);
            List<String> children = new ArrayList<>(groups.get(group));
            children.sort(order);
            int kept = 0;
            for (String child : children) {
                if (filter != null && !child.contains(filter)) continue;
                builder.add(parent, group + "/" + child, child, child, "text of " + child, false);
                kept++;
            }
            if (kept == 0) builder.remove(parent);
        }
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        area.putString(0, 0, "preview of " + item.name(), 0);
    }
}

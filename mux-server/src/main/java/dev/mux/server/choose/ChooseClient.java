package dev.mux.server.choose;

import dev.mux.server.format.FormatClient;
import dev.mux.server.format.FormatContext;
import dev.mux.server.format.ModeFormats;
import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.term.Style;
import dev.mux.server.tree.Chooser;
import dev.mux.server.tree.DefaultKeys;
import dev.mux.server.tree.RegionCanvas;
import dev.mux.server.tree.Sort;
import dev.mux.server.tree.TreeBuilder;
import dev.mux.server.tree.TreeItem;
import dev.mux.server.tree.TreeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * choose-client's items: the attached clients by name (their terminal), the preview the active
 * pane of the client's session over a line. Enter runs the template (by default detaching the
 * client); {@code d}, {@code x} and {@code z} detach, detach and kill, or suspend the current
 * client, {@code D}, {@code X} and {@code Z} the tagged ones. The mode leaves when no client is left.
 */
public final class ChooseClient implements Chooser {
    /** tmux's name of the mode. */
    public static final String NAME = "client-mode";
    public static final String DEFAULT_COMMAND = "detach-client -t '%%'";
    private static final List<String> SORT_ORDERS = List.of("name", "size", "creation", "activity");

    private final Supplier<List<FormatClient>> clients;
    /** What the formats are about before a client narrows them: the server. */
    private final FormatContext formats;
    private final String format;
    private final String keyFormat;
    private final Runnable unzoom;

    public ChooseClient(Supplier<List<FormatClient>> clients, FormatContext formats, String format,
                        String keyFormat, Runnable unzoom) {
        this.clients = clients;
        this.formats = formats;
        this.format = format == null ? ModeFormats.CLIENT : format;
        this.keyFormat = keyFormat;
        this.unzoom = unzoom;
    }

    @Override
    public List<String> sortOrders() {
        return SORT_ORDERS;
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        List<FormatClient> all = new ArrayList<>();
        for (FormatClient client : clients.get()) {
            if (client.session() != null) all.add(client);
        }
        Comparator<FormatClient> byName = Comparator.comparing(FormatClient::name);
        Comparator<FormatClient> order = switch (sort.order()) {
            case "size" -> Comparator.comparingInt(FormatClient::width).thenComparingInt(FormatClient::height)
                    .thenComparing(byName);
            case "creation" -> Comparator.comparingLong(FormatClient::created).thenComparing(byName);
            case "activity" -> Comparator.comparingLong(FormatClient::activity).reversed().thenComparing(byName);
            default -> byName;
        };
        all.sort(sort.reversed() ? order.reversed() : order);
        for (FormatClient client : all) {
            FormatContext context = formats.withClient(client);
            if (!ItemFormats.passes(filter, context)) continue;
            builder.add(null, client.name(), client, client.name(), context.expand(format), true);
        }
    }

    @Override
    public String keyName(TreeItem item, int line) {
        return keyFormat == null ? DefaultKeys.forLine(line) : ItemFormats.keyName(keyFormat, formats, line);
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        Session session = ((FormatClient) item.data()).session();
        Pane pane = session == null ? null : session.activePane();
        if (pane == null || area.rows() < 3) return;
        PanePreview.draw(new RegionCanvas(area, 0, 0, area.columns(), area.rows() - 2), pane.terminal().screen());
        area.putString(0, area.rows() - 2, "\u2500".repeat(area.columns()), Style.DEFAULT);
    }

    @Override
    public String target(TreeItem item) {
        return item.name();
    }

    @Override
    public boolean key(String canonicalKey, TreeMode mode) {
        TreeItem current = mode.tree().current();
        if (current == null) return false;
        String command = switch (canonicalKey) {
            case "d", "D" -> "detach-client -t '%%'";
            case "x", "X" -> "detach-client -P -t '%%'";
            case "z", "Z" -> "suspend-client -t '%%'";
            default -> null;
        };
        if (command == null) return false;
        List<TreeItem> items = Character.isUpperCase(canonicalKey.charAt(0)) ? mode.tree().tagged() : List.of(current);
        for (TreeItem item : items) mode.run(command.replace("%%", item.name()));
        mode.tree().build();
        return true;
    }

    @Override
    public boolean gone() {
        return clients.get().stream().noneMatch(client -> client.session() != null);
    }

    @Override
    public void end() {
        unzoom.run();
    }
}

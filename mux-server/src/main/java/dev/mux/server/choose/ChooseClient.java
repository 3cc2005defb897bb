package dev.mux.server.choose;

import dev.mux.server.format.FormatVariables;
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
import java.util.Map;
import java.util.function.Function;
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
    /** tmux's default format, less the time of the client's last activity, which mux does not keep. */
    public static final String DEFAULT_FORMAT = "session #{session_name}";
    private static final List<String> SORT_ORDERS = List.of("name", "size", "creation", "activity");

    /** A client as the mode lists it. */
    public record Client(String name, Session session, int columns, int rows, String term) {}

    private final Supplier<List<Client>> clients;
    private final Function<Pane, FormatVariables> variables;
    private final String format;
    private final String keyFormat;
    private final Runnable unzoom;

    public ChooseClient(Supplier<List<Client>> clients, Function<Pane, FormatVariables> variables, String format,
                        String keyFormat, Runnable unzoom) {
        this.clients = clients;
        this.variables = variables;
        this.format = format == null ? DEFAULT_FORMAT : format;
        this.keyFormat = keyFormat;
        this.unzoom = unzoom;
    }

    @Override
    public List<String> sortOrders() {
        return SORT_ORDERS;
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        List<Client> all = new ArrayList<>(clients.get());
        Comparator<Client> byName = Comparator.comparing(Client::name);
        if (sort.order().equals("size")) {
            all.sort(Comparator.comparingInt(Client::columns).thenComparingInt(Client::rows).thenComparing(byName));
        } else if (sort.order().equals("name")) {
            all.sort(byName);
        }
        if (sort.reversed()) java.util.Collections.reverse(all);
        for (Client client : all) {
            Pane pane = client.session().activePane();
            if (pane == null) continue;
            Map<String, String> own = Map.of("client_name", client.name(), "client_tty", client.name(),
                    "client_width", Integer.toString(client.columns()), "client_height", Integer.toString(client.rows()),
                    "client_termname", client.term());
            if (filter != null && !ItemFormats.isTrue(ItemFormats.expand(filter, variables.apply(pane), own))) continue;
            builder.add(null, client.name(), client, client.name(), ItemFormats.expand(format, variables.apply(pane), own), true);
        }
    }

    @Override
    public String keyName(TreeItem item, int line) {
        return keyFormat == null ? DefaultKeys.forLine(line) : ItemFormats.keyName(keyFormat, line);
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        Client client = (Client) item.data();
        Pane pane = client.session().activePane();
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
        return clients.get().isEmpty();
    }

    @Override
    public void end() {
        unzoom.run();
    }
}

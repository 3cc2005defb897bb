package dev.mux.server.choose;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.ModeFormats;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.SessionGroup;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.tree.Chooser;
import dev.mux.server.tree.DefaultKeys;
import dev.mux.server.tree.RegionCanvas;
import dev.mux.server.tree.Sort;
import dev.mux.server.tree.TreeBuilder;
import dev.mux.server.tree.TreeItem;
import dev.mux.server.tree.TreeMode;
import dev.mux.server.mode.ModeCanvas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * choose-tree's items: sessions, their windows, the windows' panes, with tmux's default format;
 * the preview of a session shows its windows side by side, of a window its panes, of a pane its
 * screen. {@code x} kills the current item after asking, {@code X} the tagged ones, {@code <} and
 * {@code >} scroll a preview that has more than fits, {@code H} goes back to the pane chooser
 * started from, {@code :} runs a command for the tagged items.
 */
public final class ChooseTree implements Chooser {
    /** tmux's name of the mode. */
    public static final String NAME = "tree-mode";
    /** What Enter runs by default, as tmux's. */
    public static final String DEFAULT_COMMAND = "switch-client -Zt '%%'";

    /** What the tree starts showing expanded: sessions only, their windows, or everything. */
    public enum Level { SESSIONS, WINDOWS, PANES }

    private static final List<String> SORT_ORDERS = List.of("index", "name", "time");

    private final Sessions sessions;
    /** What the formats are about before an item narrows them: the server and the requesting client. */
    private final FormatContext formats;
    private final Level level;
    private final String format;
    private final String keyFormat;
    private final Pane startedFrom;
    private final Runnable unzoom;
    /** Without -G, the session whose group it alone stands for (others: their group's first member); null with -G. */
    private Session squashAround;
    /** How far the preview of a session or window is scrolled from where it starts ({@code <}, {@code >}). */
    private int previewOffset;
    private Object previewedTag;

    /**
     * A tree of {@code sessions} starting at {@code level} around {@code startedFrom}, each item's
     * text from {@code format} expanded over {@code formats} narrowed to the item (null: tmux's default), its key from {@code keyFormat} (null: tmux's
     * defaults); {@code unzoom} runs when the mode ends (the -Z zoom undone).
     */
    public ChooseTree(Sessions sessions, FormatContext formats, Level level, String format,
                      String keyFormat, Pane startedFrom, Runnable unzoom) {
        this.sessions = sessions;
        this.formats = formats;
        this.level = level;
        this.format = format == null ? ModeFormats.TREE : format;
        this.keyFormat = keyFormat;
        this.startedFrom = startedFrom;
        this.unzoom = unzoom;
    }

    /**
     * Lists one member of each session group, as tmux does without -G: {@code current} for its own
     * group, the first member for the others.
     */
    public ChooseTree squashGroupsAround(Session current) {
        squashAround = current;
        return this;
    }

    private boolean squashed(Session session) {
        SessionGroup group = session.group();
        if (squashAround == null || group == null) return false;
        if (group == squashAround.group()) return session != squashAround;
        return session != group.members().get(0);
    }

    /** The item the tree starts on: the session, window or pane chooser was started from. */
    public Object initialTag() {
        Window window = startedFrom.window();
        return switch (level) {
            case SESSIONS -> window.session();
            case WINDOWS -> window;
            case PANES -> window.panes().size() == 1 ? window : startedFrom;
        };
    }

    @Override
    public List<String> sortOrders() {
        return SORT_ORDERS;
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        List<Session> all = new ArrayList<>(sessions.all());
        Comparator<Session> bySession = switch (sort.order()) {
            case "name" -> Comparator.comparing(Session::name);
            case "time" -> Comparator.comparingLong(Session::lastUsed).reversed().thenComparing(Session::name);
            default -> Comparator.comparingInt(Session::id);
        };
        all.sort(sort.reversed() ? bySession.reversed() : bySession);
        for (Session session : all) {
            if (!squashed(session)) addSession(builder, session, sort, filter);
        }
    }

    private void addSession(TreeBuilder builder, Session session, Sort sort, String filter) {
        String text = formats.withSession(session).expand(format);
        TreeItem item = builder.add(null, session, session, session.name(), text, level != Level.SESSIONS);
        List<Winlink> windows = new ArrayList<>(session.winlinks());
        Comparator<Winlink> byWindow = sort.order().equals("name")
                ? Comparator.comparing(link -> link.window().name()) : Comparator.comparingInt(Winlink::index);
        windows.sort(sort.reversed() ? byWindow.reversed() : byWindow);
        int kept = 0;
        for (Winlink link : windows) {
            if (addWindow(builder, item, link, sort, filter)) kept++;
        }
        if (kept == 0) builder.remove(item);
    }

    /** A window at its place in the session (named by its index there, which {@link #target} reads back). */
    private boolean addWindow(TreeBuilder builder, TreeItem parent, Winlink link, Sort sort, String filter) {
        Window window = link.window();
        FormatContext place = formats.withLink(link);
        String text = place.expand(format);
        TreeItem item = builder.add(parent, window, window, Integer.toString(link.index()), text, level == Level.PANES);
        List<Pane> panes = new ArrayList<>();
        for (Pane pane : window.panes()) {
            if (passes(pane, filter)) panes.add(pane);
        }
        if (panes.isEmpty()) {
            builder.remove(item);
            return false;
        }
        if (window.panes().size() == 1) return true;
        if (sort.reversed()) java.util.Collections.reverse(panes);
        for (Pane pane : panes) {
            String paneText = place.withPane(pane).expand(format);
            builder.add(item, pane, pane, Integer.toString(window.panes().indexOf(pane)), paneText, true);
        }
        return true;
    }

    private boolean passes(Pane pane, String filter) {
        return ItemFormats.passes(filter, formats.withPane(pane));
    }

    @Override
    public String keyName(TreeItem item, int line) {
        return keyFormat == null ? DefaultKeys.forLine(line) : ItemFormats.keyName(keyFormat, formats, line);
    }

    @Override
    public boolean matches(TreeItem item, String text) {
        if (item.data() instanceof Session session) return session.name().contains(text);
        if (item.data() instanceof Window window) return window.name().contains(text);
        if (item.data() instanceof Pane pane) {
            String command = formats.withPane(pane).expand("#{pane_current_command}");
            return pane.terminal().screen().title().contains(text) || (command != null && command.contains(text));
        }
        return false;
    }

    @Override
    public String target(TreeItem item) {
        if (item.data() instanceof Session session) return "=" + session.name() + ":";
        if (item.data() instanceof Window) return "=" + sessionOf(item).name() + ":" + item.name() + ".";
        if (item.data() instanceof Pane pane) return "=" + sessionOf(item).name() + ":" + item.parent().name() + ".%" + pane.id();
        return null;
    }

    /** The session an item is under: a window may be in several. */
    private static Session sessionOf(TreeItem item) {
        TreeItem at = item;
        while (!(at.data() instanceof Session)) at = at.parent();
        return (Session) at.data();
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        if (!item.tag().equals(previewedTag)) {
            previewedTag = item.tag();
            previewOffset = 0;
        }
        RegionCanvas region = (RegionCanvas) area;
        if (item.data() instanceof Session session) {
            previewOffset = TilePreview.windows(region, session, previewOffset);
        } else if (item.data() instanceof Window window) {
            previewOffset = TilePreview.panes(region, window, previewOffset);
        } else if (item.data() instanceof Pane pane) {
            PanePreview.draw(region, pane.terminal().screen());
        }
    }

    @Override
    public boolean key(String canonicalKey, TreeMode mode) {
        TreeItem current = mode.tree().current();
        if (current == null) return false;
        switch (canonicalKey) {
            case "<" -> previewOffset--;
            case ">" -> previewOffset++;
            case "H" -> {
                mode.tree().expand(startedFrom.window().session());
                mode.tree().expand(startedFrom.window());
                if (!mode.tree().setCurrent(startedFrom)) mode.tree().setCurrent(startedFrom.window());
            }
            case "x" -> killCurrent(mode, current);
            case "X" -> {
                int tagged = mode.tree().tagged().size();
                if (tagged > 0) mode.confirm("Kill " + tagged + " tagged? ", () -> {
                    for (TreeItem item : mode.tree().tagged()) mode.run(killCommand(item));
                });
            }
            case ":" -> {
                int tagged = mode.tree().tagged().size();
                mode.ask(tagged == 0 ? "(current) " : "(" + tagged + " tagged) ", "", mode::runForTagged);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void killCurrent(TreeMode mode, TreeItem item) {
        String question;
        if (item.data() instanceof Session session) question = "Kill session " + session.name() + "? ";
        else if (item.data() instanceof Window) question = "Kill window " + item.name() + "? ";
        else if (item.data() instanceof Pane pane) question = "Kill pane " + pane.window().panes().indexOf(pane) + "? ";
        else return;
        mode.confirm(question, () -> mode.run(killCommand(item)));
    }

    private static String killCommand(TreeItem item) {
        if (item.data() instanceof Session session) return "kill-session -t '$" + session.id() + "'";
        if (item.data() instanceof Window window) return "kill-window -t '@" + window.id() + "'";
        return "kill-pane -t '%" + ((Pane) item.data()).id() + "'";
    }

    @Override
    public void end() {
        unzoom.run();
    }
}

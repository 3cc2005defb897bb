package dev.mux.server.snapshot;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import dev.mux.server.snapshot.ServerImage.BufferImage;
import dev.mux.server.snapshot.ServerImage.LinkImage;
import dev.mux.server.snapshot.ServerImage.PaneImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import dev.mux.server.snapshot.ServerImage.WindowImage;
import dev.mux.server.term.HistoryCopy;
import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Copies the server's state on the event loop, as cheaply as it can be copied: names, numbers and
 * option values, and each pane's lines as the screen holds them (history lines are immutable and
 * shared, packed ones inflated later; the visible rows are copied compactly, costing their content
 * and not their width). Turning lines into text, compressing and writing happen later, on the
 * snapshot thread ({@link Copy#develop}). Loop thread only.
 */
final class StateCopier {
    private final Sessions sessions;
    private final PasteBuffers buffers;

    StateCopier(Sessions sessions, PasteBuffers buffers) {
        this.sessions = sessions;
        this.buffers = buffers;
    }

    /** The state now; panes' text and cwds are filled in by {@link Copy#develop}. */
    Copy copy(String endReason, String bootId) {
        OptionStore store = sessions.options();
        int historyLines = store.server().number("snapshot-history");
        Map<Integer, PaneLines> lines = new HashMap<>();
        List<SessionImage> sessionImages = new ArrayList<>();
        for (Session session : sessions.all()) {
            List<WindowImage> windows = new ArrayList<>();
            List<LinkImage> links = new ArrayList<>();
            // A window in several places is kept once, at its first; its other places are links to it.
            for (Winlink link : session.winlinks()) {
                if (link == link.window().home()) {
                    windows.add(window(link.window(), historyLines, lines));
                } else {
                    links.add(new LinkImage(link.index(), link.window().id()));
                }
            }
            if (windows.isEmpty() && links.isEmpty()) continue;
            sessionImages.add(new SessionImage(session.id(), session.name(), session.columns(), session.rows(),
                    indexOf(session.currentLink()), indexOf(session.lastLink()), session.options().ownValues(),
                    windows, links, session.group() == null ? null : session.group().name()));
        }
        Map<String, Map<String, Object>> globals = new LinkedHashMap<>();
        globals.put("server", changedFromDefault(store, store.server()));
        globals.put("session", changedFromDefault(store, store.session()));
        globals.put("window", changedFromDefault(store, store.window()));
        List<BufferImage> bufferImages = new ArrayList<>();
        List<PasteBuffer> newestFirst = buffers.newestFirst();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            PasteBuffer buffer = newestFirst.get(i);
            bufferImages.add(new BufferImage(buffer.name(), buffer.data(), buffer.automatic()));
        }
        ServerImage image = new ServerImage(System.currentTimeMillis(), bootId, ProcessHandle.current().pid(),
                endReason, globals, sessionImages, bufferImages);
        return new Copy(image, lines);
    }

    private static WindowImage window(Window window, int historyLines, Map<Integer, PaneLines> lines) {
        List<PaneImage> panes = new ArrayList<>();
        for (Pane pane : window.panes()) {
            Screen screen = pane.terminal().screen();
            lines.put(pane.id(), PaneLines.of(screen, historyLines));
            panes.add(new PaneImage(pane.id(), pane.pid(), screen.title(), pane.command(), null, null,
                    pane.options().ownValues(), List.of()));
        }
        Pane zoomed = window.zoomedPane();
        Pane active = window.activePane();
        return new WindowImage(window.id(), window.index(), window.name(), window.layout().describe(Pane::id),
                active == null ? -1 : active.id(), zoomed == null ? -1 : zoomed.id(), window.options().ownValues(),
                panes);
    }

    private static int indexOf(Winlink link) {
        return link == null ? -1 : link.index();
    }

    /** The global set's values a user or the config file changed: what differs from the table. */
    private static Map<String, Object> changedFromDefault(OptionStore store, Options global) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : global.ownValues().entrySet()) {
            OptionDefinition definition = entry.getKey().startsWith("@") ? null
                    : store.table().definition(entry.getKey());
            Object standard = definition == null ? null : OptionStore.defaultValue(definition);
            if (!equalValues(standard, entry.getValue())) changed.put(entry.getKey(), entry.getValue());
        }
        return changed;
    }

    private static boolean equalValues(Object standard, Object value) {
        if (standard instanceof SortedMap<?, ?> a && value instanceof SortedMap<?, ?> b) return a.equals(b);
        return Objects.equals(standard, value);
    }

    /**
     * A pane's lines as the screen held them when copied: its history shared (packed blocks are
     * inflated only when read, off the loop), its rows copied compactly (see {@link Screen#frozenLine}).
     */
    record PaneLines(HistoryCopy history, List<Line> rows, int columns) {
        static PaneLines of(Screen screen, int historyLines) {
            List<Line> rows = new ArrayList<>(screen.rows());
            for (int row = 0; row < screen.rows(); row++) rows.add(screen.frozenLine(row));
            return new PaneLines(screen.historyCopy(historyLines), rows, screen.columns());
        }
    }

    /** A copy taken on the loop, developed into a whole image off it. */
    record Copy(ServerImage image, Map<Integer, PaneLines> lines) {}
}

package dev.mux.server.render;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.List;

/**
 * What the status line last showed of a session's windows: each window with its index, name,
 * flags (alerts too) and active pane's title. Compared on every render (twice per key typed) without
 * allocating; names and titles are compared by identity, as they get a new string when they change.
 */
final class StatusWindowsSnapshot {
    private Object[] windows = new Object[0];
    private Object[] names = new Object[0];
    private Object[] titles = new Object[0];
    private long[] numbers = new long[0];
    private long[] panes = new long[0];
    private int size;

    /** True if {@code session}'s windows read as when last {@link #take taken}. */
    boolean same(Session session) {
        List<Winlink> list = session.winlinks();
        if (list.size() != size) return false;
        for (int i = 0; i < size; i++) {
            Winlink link = list.get(i);
            Window window = link.window();
            if (windows[i] != window || names[i] != window.name() || titles[i] != title(window)
                    || numbers[i] != numbers(session, link) || panes[i] != panes(window)) {
                return false;
            }
        }
        return true;
    }

    void take(Session session) {
        List<Winlink> list = session.winlinks();
        size = list.size();
        if (windows.length < size) {
            windows = new Object[size];
            names = new Object[size];
            titles = new Object[size];
            numbers = new long[size];
            panes = new long[size];
        }
        for (int i = 0; i < size; i++) {
            Winlink link = list.get(i);
            Window window = link.window();
            windows[i] = window;
            names[i] = window.name();
            titles[i] = title(window);
            numbers[i] = numbers(session, link);
            panes[i] = panes(window);
        }
    }

    private static String title(Window window) {
        Pane active = window.activePane();
        return active == null ? null : active.terminal().screen().title();
    }

    /** The index and the flags (current, last, zoomed, alerts), packed. */
    private static long numbers(Session session, Winlink link) {
        long flags = (link == session.currentLink() ? 1 : 0) | (link == session.lastLink() ? 2 : 0)
                | (link.window().zoomedPane() != null ? 4 : 0) | (long) link.alerts() << 3;
        return (long) link.index() << 32 | flags;
    }

    /** The number of panes and the active one's id, packed. */
    private static long panes(Window window) {
        Pane active = window.activePane();
        return (long) window.panes().size() << 32 | (active == null ? 0xFFFF_FFFFL : active.id() & 0xFFFF_FFFFL);
    }
}

package dev.mux.server.control;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A control client's subscriptions (refresh-client -B name:what:format): formats checked once a
 * second, each reported by a %subscription-changed line when its value differs from the one last
 * reported, as tmux's. {@code what} is a pane ({@code %N}), all panes ({@code %*}), a window
 * ({@code @N}), all windows ({@code @*}), or anything else for the session.
 */
final class Subscriptions {
    /** Most subscriptions a client may hold: each costs a format expansion per pane every second. */
    static final int MAX_SUBSCRIPTIONS = 1024;

    private record Subscription(String what, String format, Map<String, String> last) {}

    /** By name, in name order as tmux walks them. */
    private final Map<String, Subscription> byName = new TreeMap<>();

    /** {@code name:what:format} subscribes (again, forgetting the values reported), {@code name} alone unsubscribes. */
    void update(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            byName.remove(spec);
            return;
        }
        int second = spec.indexOf(':', colon + 1);
        if (second < 0) return;
        String name = spec.substring(0, colon);
        if (!byName.containsKey(name) && byName.size() >= MAX_SUBSCRIPTIONS) return;
        byName.put(name, new Subscription(spec.substring(colon + 1, second), spec.substring(second + 1), new HashMap<>()));
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** Expands a format for a window's place and one of its panes (null: the window's active pane). */
    interface PlaceExpander {
        String expand(String format, Winlink link, Pane pane);
    }

    /**
     * The lines to send for {@code session}: each subscription's value for each thing it covers,
     * where it changed. A window is looked at in each of its places in the session, by its index
     * there, as tmux does.
     */
    List<String> changes(Session session, PlaceExpander expand) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Subscription> entry : byName.entrySet()) {
            String name = entry.getKey();
            Subscription sub = entry.getValue();
            String what = sub.what();
            boolean panes = what.equals("%*") || id(what, '%') >= 0;
            boolean windows = what.equals("@*") || id(what, '@') >= 0;
            for (Winlink link : session.winlinks()) {
                Window window = link.window();
                if (panes) {
                    for (Pane pane : window.panes()) {
                        if (what.equals("%*") || pane.id() == id(what, '%')) paneLine(name, sub, link, pane, expand, lines);
                    }
                } else if (what.equals("@*") || id(what, '@') == window.id()) {
                    windowLine(name, sub, link, expand, lines);
                }
            }
            if (!panes && !windows && session.activePane() != null) {
                String value = expand.expand(sub.format(), session.currentLink(), session.activePane());
                if (changed(sub, "", value)) {
                    lines.add("%subscription-changed " + name + " $" + session.id() + " - - - : " + value);
                }
            }
        }
        return lines;
    }

    private static void paneLine(String name, Subscription sub, Winlink link, Pane pane, PlaceExpander expand,
                                 List<String> lines) {
        String value = expand.expand(sub.format(), link, pane);
        if (changed(sub, "%" + pane.id() + ":" + link.index(), value)) {
            lines.add("%subscription-changed " + name + " $" + link.session().id() + " @" + link.window().id() + " "
                    + link.index() + " %" + pane.id() + " : " + value);
        }
    }

    private static void windowLine(String name, Subscription sub, Winlink link, PlaceExpander expand, List<String> lines) {
        Window window = link.window();
        if (window.activePane() == null) return;
        String value = expand.expand(sub.format(), link, window.activePane());
        if (changed(sub, "@" + window.id() + ":" + link.index(), value)) {
            lines.add("%subscription-changed " + name + " $" + link.session().id() + " @" + window.id() + " "
                    + link.index() + " - : " + value);
        }
    }

    private static boolean changed(Subscription sub, String key, String value) {
        return !value.equals(sub.last().put(key, value));
    }

    /** The number after {@code sigil} as tmux's sscanf reads it ({@code %12} is 12), or -1. */
    private static int id(String what, char sigil) {
        if (what.length() < 2 || what.charAt(0) != sigil) return -1;
        int value = 0;
        int i = 1;
        for (; i < what.length() && Character.isDigit(what.charAt(i)) && value < 100_000_000; i++) {
            value = value * 10 + (what.charAt(i) - '0');
        }
        return i == 1 ? -1 : value;
    }
}

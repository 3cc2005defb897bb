package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.SessionGroup;
import dev.mux.server.model.WindowAlerts;
import dev.mux.server.model.Winlink;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code #{window_*}}: the context's window at its place in its session (a window may be in several
 * sessions, or twice in one). Alerts are the window's, not each place's.
 */
final class WindowVariables {
    /** tmux's cell size in pixels while no client has told it the real one. */
    private static final String DEFAULT_CELL_WIDTH = "16";
    private static final String DEFAULT_CELL_HEIGHT = "32";

    private WindowVariables() {}

    static String value(FormatContext context, String name) {
        Window window = context.window();
        if (window == null) return null;
        Winlink link = context.link() != null && context.link().window() == window ? context.link() : window.home();
        Session session = link.session();
        return switch (name) {
            case "window_name" -> window.name();
            case "window_index" -> number(link.index());
            case "window_id" -> "@" + window.id();
            case "window_panes" -> number(window.panes().size());
            case "window_active" -> flag(link == session.currentLink());
            case "window_last_flag" -> flag(link == session.lastLink());
            case "window_zoomed_flag" -> flag(window.zoomedPane() != null);
            case "window_flags" -> flags(context, link).replace("#", "##");
            case "window_raw_flags" -> flags(context, link);
            case "window_width" -> number(window.layout().columns());
            case "window_height" -> number(window.layout().rows());
            case "window_layout", "window_visible_layout" -> window.layout().describe(Pane::id);
            case "window_format" -> flag(context.kind() == FormatContext.Kind.WINDOW);
            case "window_start_flag" -> flag(!session.winlinks().isEmpty() && session.winlinks().get(0) == link);
            case "window_end_flag" -> flag(!session.winlinks().isEmpty()
                    && session.winlinks().get(session.winlinks().size() - 1) == link);
            case "window_stack_index" -> flag(link == session.lastLink());
            case "window_linked" -> flag(linked(link));
            case "window_linked_sessions" -> number(window.links().size());
            case "window_linked_sessions_list" -> names(window.links().stream().map(Winlink::session).toList());
            case "window_active_sessions" -> number(activeSessions(window).size());
            case "window_active_sessions_list" -> names(activeSessions(window));
            case "window_active_clients" -> number(activeClients(context, window).length());
            case "window_active_clients_list" -> activeClientsList(context, window);
            case "window_activity" -> number(window.alerts().lastActivityMillis() / 1000);
            case "window_activity_flag" -> flag(link.shows(WindowAlerts.ACTIVITY));
            case "window_bell_flag" -> flag(link.shows(WindowAlerts.BELL));
            case "window_silence_flag" -> flag(link.shows(WindowAlerts.SILENCE));
            case "window_marked_flag" -> flag(marked(context) != null && marked(context).window() == window);
            case "window_bigger" -> context.client() == null ? null : "0";
            case "window_offset_x", "window_offset_y" -> null;
            case "window_cell_width" -> DEFAULT_CELL_WIDTH;
            case "window_cell_height" -> DEFAULT_CELL_HEIGHT;
            default -> null;
        };
    }

    /** tmux's session_is_linked: the window has more places than its session's group has sessions. */
    private static boolean linked(Winlink link) {
        SessionGroup group = link.session().group();
        return link.window().links().size() != (group == null ? 1 : group.members().size());
    }

    /** The sessions whose current place shows the window, one for each such place. */
    private static List<Session> activeSessions(Window window) {
        return window.links().stream().filter(at -> at.session().currentLink() == at).map(Winlink::session).toList();
    }

    /** The names joined by commas, or null (no value) for none. */
    private static String names(List<Session> sessions) {
        if (sessions.isEmpty()) return null;
        StringJoiner joined = new StringJoiner(",");
        for (Session each : sessions) joined.add(each.name());
        return joined.toString();
    }

    /** tmux's flags in its order: alerts (activity, bell, silence), current, last, marked, zoomed. */
    private static String flags(FormatContext context, Winlink link) {
        Window window = link.window();
        Session session = link.session();
        StringBuilder flags = new StringBuilder(6);
        if (link.shows(WindowAlerts.ACTIVITY)) flags.append('#');
        if (link.shows(WindowAlerts.BELL)) flags.append('!');
        if (link.shows(WindowAlerts.SILENCE)) flags.append('~');
        if (link == session.currentLink()) flags.append('*');
        if (link == session.lastLink()) flags.append('-');
        if (marked(context) != null && marked(context).window() == window) flags.append('M');
        if (window.zoomedPane() != null) flags.append('Z');
        return flags.toString();
    }

    /** The marked pane, or null. */
    static Pane marked(FormatContext context) {
        return context.server() == null ? null : context.server().sessions().markedPane().orElse(null);
    }

    /** One character per client whose session shows this window. */
    private static String activeClients(FormatContext context, Window window) {
        if (context.server() == null) return "";
        StringBuilder count = new StringBuilder();
        for (FormatClient client : context.server().clients()) {
            if (client.session() != null && client.session().currentWindow() == window) count.append('x');
        }
        return count.toString();
    }

    private static String activeClientsList(FormatContext context, Window window) {
        if (context.server() == null) return null;
        StringJoiner names = new StringJoiner(",");
        for (FormatClient client : context.server().clients()) {
            if (client.session() != null && client.session().currentWindow() == window) names.add(client.name());
        }
        return names.length() == 0 ? null : names.toString();
    }
}

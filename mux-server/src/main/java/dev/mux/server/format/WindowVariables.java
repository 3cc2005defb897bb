package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.WindowAlerts;
import java.util.StringJoiner;

/**
 * {@code #{window_*}}: the context's window in its session. A window belongs to one session in mux
 * (no linked windows) and has no alerts or mark: those read as tmux's for such a window.
 */
final class WindowVariables {
    /** tmux's cell size in pixels while no client has told it the real one. */
    private static final String DEFAULT_CELL_WIDTH = "16";
    private static final String DEFAULT_CELL_HEIGHT = "32";

    private WindowVariables() {}

    static String value(FormatContext context, String name) {
        Window window = context.window();
        if (window == null) return null;
        Session session = window.session();
        return switch (name) {
            case "window_name" -> window.name();
            case "window_index" -> number(window.index());
            case "window_id" -> "@" + window.id();
            case "window_panes" -> number(window.panes().size());
            case "window_active" -> flag(window == session.currentWindow());
            case "window_last_flag" -> flag(window == session.lastWindow());
            case "window_zoomed_flag" -> flag(window.zoomedPane() != null);
            case "window_flags" -> flags(context, session, window).replace("#", "##");
            case "window_raw_flags" -> flags(context, session, window);
            case "window_width" -> number(window.layout().columns());
            case "window_height" -> number(window.layout().rows());
            case "window_layout", "window_visible_layout" -> window.layout().describe(Pane::id);
            case "window_format" -> flag(context.kind() == FormatContext.Kind.WINDOW);
            case "window_start_flag" -> flag(!session.windows().isEmpty() && session.windows().get(0) == window);
            case "window_end_flag" -> flag(!session.windows().isEmpty()
                    && session.windows().get(session.windows().size() - 1) == window);
            case "window_stack_index" -> flag(window == session.lastWindow());
            case "window_linked" -> "0";
            case "window_linked_sessions" -> "1";
            case "window_linked_sessions_list" -> session.name();
            case "window_active_sessions" -> flag(window == session.currentWindow());
            case "window_active_sessions_list" -> window == session.currentWindow() ? session.name() : null;
            case "window_active_clients" -> number(activeClients(context, window).length());
            case "window_active_clients_list" -> activeClientsList(context, window);
            case "window_activity" -> number(window.alerts().lastActivityMillis() / 1000);
            case "window_activity_flag" -> flag(window.alerts().shows(WindowAlerts.ACTIVITY));
            case "window_bell_flag" -> flag(window.alerts().shows(WindowAlerts.BELL));
            case "window_silence_flag" -> flag(window.alerts().shows(WindowAlerts.SILENCE));
            case "window_marked_flag" -> flag(marked(context) != null && marked(context).window() == window);
            case "window_bigger" -> context.client() == null ? null : "0";
            case "window_offset_x", "window_offset_y" -> null;
            case "window_cell_width" -> DEFAULT_CELL_WIDTH;
            case "window_cell_height" -> DEFAULT_CELL_HEIGHT;
            default -> null;
        };
    }

    /** tmux's flags in its order: alerts (activity, bell, silence), current, last, marked, zoomed. */
    private static String flags(FormatContext context, Session session, Window window) {
        StringBuilder flags = new StringBuilder(6);
        if (window.alerts().shows(WindowAlerts.ACTIVITY)) flags.append('#');
        if (window.alerts().shows(WindowAlerts.BELL)) flags.append('!');
        if (window.alerts().shows(WindowAlerts.SILENCE)) flags.append('~');
        if (window == session.currentWindow()) flags.append('*');
        if (window == session.lastWindow()) flags.append('-');
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

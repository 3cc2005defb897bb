package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.WindowAlerts;
import java.util.StringJoiner;

/**
 * {@code #{session_*}}: the context's session. mux has no session groups: those read as for a
 * session in none.
 */
final class SessionVariables {
    private SessionVariables() {}

    /** Each window with alert flags: its index and the flags (# ! ~), joined by commas, as tmux. */
    private static String alerts(Session session) {
        StringBuilder text = new StringBuilder();
        for (Window window : session.windows()) {
            WindowAlerts alerts = window.alerts();
            if (alerts.shown() == 0) continue;
            if (text.length() > 0) text.append(',');
            text.append(window.index());
            if (alerts.shows(WindowAlerts.ACTIVITY)) text.append('#');
            if (alerts.shows(WindowAlerts.BELL)) text.append('!');
            if (alerts.shows(WindowAlerts.SILENCE)) text.append('~');
        }
        return text.toString();
    }

    static String value(FormatContext context, String name) {
        Session session = context.session();
        if (session == null) return null;
        FormatServer server = context.server();
        return switch (name) {
            case "session_name" -> session.name();
            case "session_id" -> "$" + session.id();
            case "session_windows" -> number(session.windows().size());
            case "session_attached" -> number(server == null ? 0 : server.attachedCount(session));
            case "session_many_attached" -> flag(server != null && server.attachedCount(session) > 1);
            case "session_attached_list" -> attachedList(server, session);
            case "session_created" -> number(session.created().getEpochSecond());
            case "session_activity" -> number(session.created().getEpochSecond());
            case "session_last_attached" -> server != null && server.attachedCount(session) > 0
                    ? number(session.created().getEpochSecond()) : "0";
            case "session_alerts" -> alerts(session);
            case "session_stack" -> stack(session);
            case "session_format" -> flag(context.kind() == FormatContext.Kind.SESSION);
            case "session_path" -> session.path();
            case "session_grouped" -> "0";
            // mux's own: the session came back from the snapshot of a server that is gone.
            case "session_resurrected" -> flag(session.resurrected());
            case "session_marked" -> flag(WindowVariables.marked(context) != null
                    && WindowVariables.marked(context).window().session() == session);
            case "session_group", "session_group_list", "session_group_attached_list" -> null;
            case "session_group_size", "session_group_attached", "session_group_many_attached" -> null;
            default -> null;
        };
    }

    private static String attachedList(FormatServer server, Session session) {
        if (server == null) return null;
        StringJoiner names = new StringJoiner(",");
        for (FormatClient client : server.clients()) {
            if (client.session() == session) names.add(client.name());
        }
        return names.length() == 0 ? null : names.toString();
    }

    /** The current window's index, then the last one's: mux keeps one window of history. */
    private static String stack(Session session) {
        StringBuilder stack = new StringBuilder();
        Window current = session.currentWindow();
        if (current != null) stack.append(current.index());
        Window last = session.lastWindow();
        if (last != null) stack.append(',').append(last.index());
        return stack.toString();
    }
}

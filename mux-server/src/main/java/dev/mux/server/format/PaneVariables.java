package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

import dev.mux.server.layout.Geometry;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.term.ReportedDirectory;
import java.util.StringJoiner;

/**
 * {@code #{pane_*}}: the context's pane, its place in its window, its process (a dead one's
 * status; its signal and time are known only when it dies, see the root's DeadPanes).
 */
final class PaneVariables {
    /** Where tmux sets a new pane's tab stops: every eighth column. */
    private static final int TAB_WIDTH = 8;

    private PaneVariables() {}

    static String value(FormatContext context, String name) {
        Pane pane = context.pane();
        if (pane == null) return null;
        Window window = pane.window();
        Geometry geometry = window.geometry(pane);
        return switch (name) {
            case "pane_id" -> "%" + pane.id();
            case "pane_index" -> number(window.panes().indexOf(pane) + (long) window.options().number("pane-base-index"));
            case "pane_active" -> flag(pane == window.activePane());
            case "pane_last" -> flag(pane == window.lastActivePane());
            case "pane_pid" -> number(pane.pid());
            case "pane_width" -> number(geometry.columns());
            case "pane_height" -> number(geometry.rows());
            case "pane_left" -> number(geometry.x());
            case "pane_top" -> number(geometry.y());
            case "pane_right" -> number(geometry.x() + geometry.columns() - 1L);
            case "pane_bottom" -> number(geometry.y() + geometry.rows() - 1L);
            case "pane_at_left" -> flag(geometry.x() == 0);
            case "pane_at_top" -> flag(geometry.y() == 0);
            case "pane_at_right" -> flag(geometry.x() + geometry.columns() == window.layout().columns());
            case "pane_at_bottom" -> flag(geometry.y() + geometry.rows() == window.layout().rows());
            case "pane_title" -> title(context, pane);
            case "pane_current_command" -> context.server() == null ? null : context.server().foreground(pane).command();
            case "pane_current_path" -> currentPath(context, pane);
            case "pane_start_command" -> pane.startCommand();
            case "pane_start_path" -> pane.startPath();
            case "pane_path" -> pane.terminal().screen().reportedPath();
            case "pane_tty", "pane_search_string" -> "";
            case "pane_in_mode" -> number(pane.modes().size());
            case "pane_mode" -> mode(pane);
            case "pane_format" -> flag(context.kind() == FormatContext.Kind.PANE);
            case "pane_dead" -> flag(pane.isDead());
            case "pane_dead_status" -> pane.isDead() ? number(pane.deadStatus()) : null;
            case "pane_dead_signal", "pane_dead_time" -> null;
            case "pane_scope" -> pane.scope() == null ? "" : pane.scope();
            case "pane_end_reason" -> pane.endReason() == null ? "" : pane.endReason();
            case "pane_input_off" -> flag(pane.inputOff());
            case "pane_pipe" -> flag(pane.tap() != null);
            case "pane_marked" -> flag(WindowVariables.marked(context) == pane);
            case "pane_marked_set" -> flag(WindowVariables.marked(context) != null);
            case "pane_synchronized" -> flag(pane.options().flag("synchronize-panes"));
            case "pane_tabs" -> tabs(pane.terminal().screen().columns());
            case "pane_fg", "pane_bg" -> "default";
            default -> null;
        };
    }

    /** The title the program set; a pane starts with the host's name as its title, as in tmux. */
    /**
     * The directory the program reported with OSC 7 when it names one on this machine (it knows
     * better than the kernel: a shell's cd into a symbolic link, a program that never changes its
     * own directory), else the foreground process's working directory.
     */
    private static String currentPath(FormatContext context, Pane pane) {
        if (context.server() == null) return null;
        String reported = ReportedDirectory.localPath(pane.terminal().screen().reportedPath(), context.server().host());
        return reported != null ? reported : context.server().foreground(pane).path();
    }

    private static String title(FormatContext context, Pane pane) {
        String title = pane.terminal().screen().title();
        if (!title.isEmpty() || context.server() == null) return title;
        return context.server().host();
    }

    /** The name of the mode on top, none when the pane shows its screen. */
    private static String mode(Pane pane) {
        PaneMode mode = pane.modes().top();
        return mode == null ? null : mode.name();
    }

    private static String tabs(int columns) {
        StringJoiner stops = new StringJoiner(",");
        for (int column = TAB_WIDTH; column < columns; column += TAB_WIDTH) stops.add(Integer.toString(column));
        return stops.toString();
    }
}

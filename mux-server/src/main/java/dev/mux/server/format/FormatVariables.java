package dev.mux.server.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every format variable of tmux 3.3a, by the part of the context it describes: a name starting
 * {@code session_}, {@code window_}, {@code pane_} or {@code client_} goes to that part's table,
 * the rest (cursor, modes, history, mouse, buffers, the server) to {@link ServerVariables} and
 * {@link PaneStateVariables}. A variable whose part the context lacks has no value.
 */
public final class FormatVariables {
    /** tmux 3.3a's variables in its table's order, which display-message -a lists them in. */
    public static final List<String> NAMES = List.of(
            "active_window_index", "alternate_on", "alternate_saved_x", "alternate_saved_y", "buffer_created",
            "buffer_mode_format", "buffer_name", "buffer_sample", "buffer_size", "client_activity",
            "client_cell_height", "client_cell_width", "client_control_mode", "client_created", "client_discarded",
            "client_flags", "client_height", "client_key_table", "client_last_session", "client_mode_format",
            "client_name", "client_pid", "client_prefix", "client_readonly", "client_session", "client_termfeatures",
            "client_termname", "client_termtype", "client_tty", "client_uid", "client_user", "client_utf8",
            "client_width", "client_written", "config_files", "cursor_character", "cursor_flag", "cursor_x",
            "cursor_y", "history_all_bytes", "history_bytes", "history_limit", "history_size", "host", "host_short",
            "insert_flag", "keypad_cursor_flag", "keypad_flag", "last_window_index", "mouse_all_flag",
            "mouse_any_flag", "mouse_button_flag", "mouse_line", "mouse_pane", "mouse_sgr_flag",
            "mouse_standard_flag", "mouse_utf8_flag", "mouse_word", "mouse_x", "mouse_y", "next_session_id",
            "origin_flag", "pane_active", "pane_at_bottom", "pane_at_left", "pane_at_right", "pane_at_top",
            "pane_bg", "pane_bottom", "pane_current_command", "pane_current_path", "pane_dead", "pane_dead_signal",
            "pane_dead_status", "pane_dead_time", "pane_fg", "pane_format", "pane_height", "pane_id", "pane_in_mode",
            "pane_index", "pane_input_off", "pane_last", "pane_left", "pane_marked", "pane_marked_set", "pane_mode",
            "pane_path", "pane_pid", "pane_pipe", "pane_right", "pane_search_string", "pane_start_command",
            "pane_start_path", "pane_synchronized", "pane_tabs", "pane_title", "pane_top", "pane_tty", "pane_width",
            "pid", "scroll_region_lower", "scroll_region_upper", "session_activity", "session_alerts",
            "session_attached", "session_attached_list", "session_created", "session_format", "session_group",
            "session_group_attached", "session_group_attached_list", "session_group_list",
            "session_group_many_attached", "session_group_size", "session_grouped", "session_id",
            "session_last_attached", "session_many_attached", "session_marked", "session_name", "session_path",
            "session_stack", "session_windows", "socket_path", "start_time", "tree_mode_format", "uid", "user",
            "version", "window_active", "window_active_clients", "window_active_clients_list",
            "window_active_sessions", "window_active_sessions_list", "window_activity", "window_activity_flag",
            "window_bell_flag", "window_bigger", "window_cell_height", "window_cell_width", "window_end_flag",
            "window_flags", "window_format", "window_height", "window_id", "window_index", "window_last_flag",
            "window_layout", "window_linked", "window_linked_sessions", "window_linked_sessions_list",
            "window_marked_flag", "window_name", "window_offset_x", "window_offset_y", "window_panes",
            "window_raw_flags", "window_silence_flag", "window_stack_index", "window_start_flag",
            "window_visible_layout", "window_width", "window_zoomed_flag", "wrap_flag");
    /** The variables that are times: a time of 0 means none, which expands to nothing. */
    private static final Set<String> TIMES = Set.of("buffer_created", "client_activity", "client_created",
            "pane_dead_time", "session_activity", "session_created", "session_last_attached", "start_time",
            "window_activity");

    private FormatVariables() {}

    /** Every variable with a value for {@code context}, in tmux's order, as display-message -a lists them. */
    public static Map<String, String> all(FormatContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = lookup(context, name);
            if (value != null) values.put(name, value);
        }
        values.putAll(new TreeMap<>(context.values()));
        return values;
    }

    /** The value of variable {@code name} for {@code context}, or null when there is none. */
    static String value(FormatContext context, String name) {
        String value = lookup(context, name);
        return value != null && value.equals("0") && TIMES.contains(name) ? null : value;
    }

    private static String lookup(FormatContext context, String name) {
        String value;
        if (name.startsWith("session_")) value = SessionVariables.value(context, name);
        else if (name.startsWith("window_")) value = WindowVariables.value(context, name);
        else if (name.startsWith("pane_")) value = PaneVariables.value(context, name);
        else if (name.startsWith("client_")) value = ClientVariables.value(context, name);
        else value = PaneStateVariables.value(context, name);
        if (value == null && context.pane() != null && context.pane().modes().top() != null) {
            value = context.pane().modes().top().format(name);
        }
        return value != null ? value : ServerVariables.value(context, name);
    }

    static String flag(boolean on) {
        return on ? "1" : "0";
    }

    static String number(long value) {
        return Long.toString(value);
    }
}

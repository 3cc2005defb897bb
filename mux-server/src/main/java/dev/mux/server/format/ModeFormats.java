package dev.mux.server.format;

/**
 * The default formats of tmux's choose modes, which formats show as {@code #{client_mode_format}},
 * {@code #{buffer_mode_format}} and {@code #{tree_mode_format}} (scripts copy them to change them).
 */
public final class ModeFormats {
    public static final String CLIENT = "#{t/p:client_activity}: session #{session_name}";
    public static final String BUFFER = "#{t/p:buffer_created}: #{buffer_sample}";
    public static final String TREE = "#{?pane_format,"
            + "#{?pane_marked,#[reverse],}"
            + "#{pane_current_command}#{?pane_active,*,}#{?pane_marked,M,}"
            + "#{?#{&&:#{pane_title},#{!=:#{pane_title},#{host_short}}},: \"#{pane_title}\",}"
            + ","
            + "#{?window_format,"
            + "#{?window_marked_flag,#[reverse],}"
            + "#{window_name}#{window_flags}"
            + "#{?#{&&:#{==:#{window_panes},1},#{&&:#{pane_title},#{!=:#{pane_title},#{host_short}}}},: \"#{pane_title}\",}"
            + ","
            + "#{session_windows} windows"
            + "#{?session_grouped, (group #{session_group}: #{session_group_list}),}"
            + "#{?session_attached, (attached),}"
            + "}"
            + "}";

    private ModeFormats() {}
}

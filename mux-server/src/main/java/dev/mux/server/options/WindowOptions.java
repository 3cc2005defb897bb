package dev.mux.server.options;

import static dev.mux.server.options.OptionDefinition.array;
import static dev.mux.server.options.OptionDefinition.choice;
import static dev.mux.server.options.OptionDefinition.colour;
import static dev.mux.server.options.OptionDefinition.flag;
import static dev.mux.server.options.OptionDefinition.number;
import static dev.mux.server.options.OptionDefinition.string;
import static dev.mux.server.options.OptionDefinition.style;
import static dev.mux.server.options.OptionScope.WINDOW;
import static dev.mux.server.options.StandardOptions.INT_MAX;
import static dev.mux.server.options.StandardOptions.KEYS;
import static dev.mux.server.options.StandardOptions.USHRT_MAX;

import java.util.List;

/** tmux 3.3a's window options, in its table order; those a single pane may override are marked so. */
final class WindowOptions {
    private static final String WINDOW_STATUS_FORMAT = "#I:#W#{?window_flags,#{window_flags}, }";
    private static final List<String> BORDER_LINES = List.of("single", "double", "heavy", "simple", "number");
    private static final List<String> POPUP_LINES =
            List.of("single", "double", "heavy", "simple", "rounded", "padded", "none");

    private WindowOptions() {
    }

    static List<OptionDefinition> definitions(String keys) {
        return List.of(
                flag("aggressive-resize", WINDOW, false),
                flag("allow-passthrough", WINDOW, false).alsoPerPane(),
                flag("allow-rename", WINDOW, false).alsoPerPane(),
                flag("alternate-screen", WINDOW, true).alsoPerPane(),
                flag("automatic-rename", WINDOW, true),
                string("automatic-rename-format", WINDOW,
                        "#{?pane_in_mode,[tmux],#{pane_current_command}}#{?pane_dead,[dead],}"),
                colour("clock-mode-colour", WINDOW, "blue"),
                choice("clock-mode-style", WINDOW, "24", List.of("12", "24")),
                style("copy-mode-match-style", WINDOW, "bg=cyan,fg=black"),
                style("copy-mode-current-match-style", WINDOW, "bg=magenta,fg=black"),
                style("copy-mode-mark-style", WINDOW, "bg=red,fg=black"),
                string("fill-character", WINDOW, ""),
                string("main-pane-height", WINDOW, "24"),
                string("main-pane-width", WINDOW, "80"),
                choice("mode-keys", WINDOW, keys, KEYS),
                style("mode-style", WINDOW, "bg=yellow,fg=black"),
                flag("monitor-activity", WINDOW, false),
                flag("monitor-bell", WINDOW, true),
                number("monitor-silence", WINDOW, 0, 0, INT_MAX),
                string("other-pane-height", WINDOW, "0"),
                string("other-pane-width", WINDOW, "0"),
                style("pane-active-border-style", WINDOW,
                        "#{?pane_in_mode,fg=yellow,#{?synchronize-panes,fg=red,fg=green}}"),
                number("pane-base-index", WINDOW, 0, 0, USHRT_MAX),
                string("pane-border-format", WINDOW,
                        "#{?pane_active,#[reverse],}#{pane_index}#[default] \"#{pane_title}\"").alsoPerPane(),
                choice("pane-border-indicators", WINDOW, "colour", List.of("off", "colour", "arrows", "both")),
                choice("pane-border-lines", WINDOW, "single", BORDER_LINES),
                choice("pane-border-status", WINDOW, "off", List.of("off", "top", "bottom")),
                style("pane-border-style", WINDOW, "default"),
                array("pane-colours", WINDOW, OptionType.COLOUR, null, List.of()).alsoPerPane(),
                style("popup-style", WINDOW, "default"),
                style("popup-border-style", WINDOW, "default"),
                choice("popup-border-lines", WINDOW, "single", POPUP_LINES),
                choice("remain-on-exit", WINDOW, "off", List.of("off", "on", "failed")).alsoPerPane(),
                string("remain-on-exit-format", WINDOW, "Pane is dead ("
                        + "#{?#{!=:#{pane_dead_status},},status #{pane_dead_status},}"
                        + "#{?#{!=:#{pane_dead_signal},},signal #{pane_dead_signal},}, "
                        + "#{t:pane_dead_time})").alsoPerPane(),
                flag("scroll-on-clear", WINDOW, true).alsoPerPane(),
                flag("synchronize-panes", WINDOW, false).alsoPerPane(),
                style("window-active-style", WINDOW, "default").alsoPerPane(),
                choice("window-size", WINDOW, "latest", List.of("largest", "smallest", "manual", "latest")),
                style("window-style", WINDOW, "default").alsoPerPane(),
                style("window-status-activity-style", WINDOW, "reverse"),
                style("window-status-bell-style", WINDOW, "reverse"),
                string("window-status-current-format", WINDOW, WINDOW_STATUS_FORMAT),
                style("window-status-current-style", WINDOW, "default"),
                string("window-status-format", WINDOW, WINDOW_STATUS_FORMAT),
                style("window-status-last-style", WINDOW, "default"),
                string("window-status-separator", WINDOW, " "),
                style("window-status-style", WINDOW, "default"),
                flag("wrap-search", WINDOW, true),
                // No longer used by tmux, but still accepted and shown.
                flag("xterm-keys", WINDOW, true));
    }
}

package dev.mux.server.render;

import dev.mux.server.options.Options;

/** pane-border-status: where each pane's status (pane-border-format) is drawn, if anywhere. */
enum PaneStatus {
    OFF, TOP, BOTTOM;

    static PaneStatus of(Options windowOptions) {
        return switch (windowOptions.string("pane-border-status")) {
            case "top" -> TOP;
            case "bottom" -> BOTTOM;
            default -> OFF;
        };
    }
}

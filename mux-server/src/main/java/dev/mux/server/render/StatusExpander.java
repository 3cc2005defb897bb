package dev.mux.server.render;

import dev.mux.server.model.Pane;

/** Expands a format for one client's status line: its session, window and pane, the time. */
@FunctionalInterface
public interface StatusExpander {
    String expand(String template);

    /** Expands a format about {@code pane} of the client's window (pane-border-format); by default as {@link #expand}. */
    default String expandForPane(Pane pane, String template) {
        return expand(template);
    }
}

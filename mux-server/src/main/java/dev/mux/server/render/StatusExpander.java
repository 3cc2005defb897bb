package dev.mux.server.render;

/** Expands a format for one client's status line: its session, window and pane, the time. */
@FunctionalInterface
public interface StatusExpander {
    String expand(String template);
}

package dev.mux.server;

import dev.mux.server.model.Pane;
import dev.mux.server.term.ScreenOptions;

/** A pane's alternate-screen and scroll-on-clear, read from its options each time its program asks. */
record PaneScreenOptions(Pane pane) implements ScreenOptions {
    @Override
    public boolean alternateScreen() {
        return pane.options().flag("alternate-screen");
    }

    @Override
    public boolean scrollOnClear() {
        return pane.options().flag("scroll-on-clear");
    }
}

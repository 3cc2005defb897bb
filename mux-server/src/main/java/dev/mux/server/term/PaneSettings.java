package dev.mux.server.term;

/**
 * What the server's options decide about how a pane's terminal takes a program's output, asked
 * each time a sequence depends on it (the options may change at any time): whether a whole-screen
 * erase first scrolls the screen into history (scroll-on-clear), and whether the program may
 * switch to the alternate screen (alternate-screen). A terminal with none set acts as tmux's
 * defaults.
 */
public interface PaneSettings {
    PaneSettings DEFAULTS = new PaneSettings() { };

    default boolean scrollOnClear() {
        return true;
    }

    default boolean alternateScreen() {
        return true;
    }
}

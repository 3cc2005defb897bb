package dev.mux.server.term;

/**
 * The pane options the emulator obeys, asked at the sequence they govern, as tmux reads them from
 * the pane's options there: alternate-screen (whether modes 47, 1047 and 1049 switch screens at
 * all) and scroll-on-clear (whether clearing the whole screen scrolls it into the history first).
 */
public interface ScreenOptions {
    /** tmux's defaults, both on: for a terminal no server watches (tests, tools). */
    ScreenOptions DEFAULTS = new ScreenOptions() {
        @Override
        public boolean alternateScreen() {
            return true;
        }

        @Override
        public boolean scrollOnClear() {
            return true;
        }
    };

    boolean alternateScreen();

    boolean scrollOnClear();
}

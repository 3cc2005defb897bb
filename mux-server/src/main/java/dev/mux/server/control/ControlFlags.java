package dev.mux.server.control;

import dev.mux.server.client.ClientFlags;

/**
 * The flags refresh-client -f sets on a control client only, read as tmux reads them: a
 * comma-separated list, a leading {@code !} turns one off, {@code pause-after} takes seconds after
 * {@code =}, and names it does not know are ignored.
 */
final class ControlFlags {
    /** pause-after not set. */
    static final long NO_PAUSE = -1;

    boolean noOutput;
    boolean waitExit;
    /** How old unsent output of a pane may get before the pane is paused, or {@link #NO_PAUSE}. */
    long pauseAfterMillis = NO_PAUSE;

    /** Applies the list's control flags; the others (read-only, ignore-size, active-pane) go to {@code common}. */
    void apply(String list, ClientFlags common) {
        for (String item : list.split(",", -1)) {
            boolean on = !item.startsWith("!");
            String name = on ? item : item.substring(1);
            if (name.equals("pause-after") || name.startsWith("pause-after=")) {
                pauseAfterMillis = on ? pauseAge(name) : NO_PAUSE;
            } else if (name.equals("no-output")) {
                noOutput = on;
            } else if (name.equals("wait-exit")) {
                waitExit = on;
            } else {
                common.set(name, on);
            }
        }
        common.controlFlags(describe());
    }

    /** These flags as tmux lists them in #{client_flags}. */
    private String describe() {
        StringBuilder text = new StringBuilder();
        if (noOutput) text.append(",no-output");
        if (waitExit) text.append(",wait-exit");
        if (pausing()) text.append(",pause-after=").append(pauseAfterMillis / 1000);
        return text.isEmpty() ? "" : text.substring(1);
    }

    /** Seconds after {@code pause-after=}, in milliseconds; plain pause-after, or a bad number, is 0 as in tmux. */
    private static long pauseAge(String name) {
        if (!name.startsWith("pause-after=")) return 0;
        String digits = name.substring("pause-after=".length());
        long seconds = 0;
        for (int i = 0; i < digits.length() && Character.isDigit(digits.charAt(i)) && seconds < Integer.MAX_VALUE; i++) {
            seconds = seconds * 10 + (digits.charAt(i) - '0');
        }
        return Math.min(seconds, Integer.MAX_VALUE) * 1000;
    }

    /** Whether pause-after is set: output then goes as %extended-output, and output too old pauses its pane. */
    boolean pausing() {
        return pauseAfterMillis != NO_PAUSE;
    }
}

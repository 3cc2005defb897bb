package dev.mux.server;

import dev.mux.platform.proc.ProcFs;

/** The machine's short host name: a pane's title until its program sets one, as in tmux. */
final class HostName {
    private HostName() {}

    static String current() {
        String name = new ProcFs().hostName().orElse("localhost");
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

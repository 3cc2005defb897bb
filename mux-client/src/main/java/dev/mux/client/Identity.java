package dev.mux.client;

/**
 * Which program the user ran: mux, or mux installed or linked under the name tmux, for scripts
 * written for tmux. As tmux, {@code -V} answers with the version of tmux whose interface mux
 * implements (libraries gate features on it), and a command run in a pane finds its server by
 * {@code $TMUX} as tmux's does; as mux, by {@code $MUX}, so that mux run inside a real tmux's pane
 * does not take tmux's socket for its own.
 */
enum Identity {
    MUX("mux " + Main.VERSION, "MUX"),
    TMUX("tmux " + Identity.TMUX_VERSION, "TMUX");

    /** The version of tmux whose commands, options and formats mux implements. */
    static final String TMUX_VERSION = "3.3a";
    /** The system property in which bin/mux passes the name it was run by ({@code $0}'s last part). */
    static final String PROPERTY = "mux.invokedAs";

    private final String version;
    private final String serverVariable;

    Identity(String version, String serverVariable) {
        this.version = version;
        this.serverVariable = serverVariable;
    }

    /** By the name the launcher was run by: {@code tmux} is tmux, anything else mux. */
    static Identity of(String invokedAs) {
        return "tmux".equals(invokedAs) ? TMUX : MUX;
    }

    static Identity current() {
        return of(System.getProperty(PROPERTY));
    }

    /** What {@code -V} prints. */
    String version() {
        return version;
    }

    /** The variable a pane's programs find their server's socket in ({@code socket,pid,session}). */
    String serverVariable() {
        return serverVariable;
    }
}

package dev.mux.server.stop;

/** How a pane's stop ended, after systemd's unit results. */
public enum StopResult {
    /** Everything waited for ended after the kill signal. */
    SUCCESS("success"),
    /** Something was still there at the timeout and ended after the final kill signal. */
    TIMEOUT("timeout"),
    /** Something outlived the stop: send-sigkill was off, or even the final signal did not end it. */
    SURVIVORS("survivors");

    private final String label;

    StopResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

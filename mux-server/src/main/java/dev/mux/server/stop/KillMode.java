package dev.mux.server.stop;

/** systemd.kill(5)'s KillMode=, for a pane: which of its processes the stop signals and waits for. */
public enum KillMode {
    /** Every process of the pane gets the kill signal and, after the timeout, the final one. */
    CONTROL_GROUP("control-group"),
    /** The shell gets the kill signal; every process left at the timeout gets the final one. */
    MIXED("mixed"),
    /** Only the shell is signalled and waited for; the others are left alone. */
    PROCESS("process"),
    /** Nothing is signalled or waited for. */
    NONE("none");

    private final String optionValue;

    KillMode(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public static KillMode of(String optionValue) {
        for (KillMode mode : values()) {
            if (mode.optionValue.equals(optionValue)) return mode;
        }
        throw new IllegalArgumentException("unknown kill-mode: " + optionValue);
    }

    /** Whether the stop waits for every process of the pane, not only the shell. */
    boolean waitsForAll() {
        return this == CONTROL_GROUP || this == MIXED;
    }
}

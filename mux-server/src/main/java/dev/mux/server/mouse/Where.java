package dev.mux.server.mouse;

/** Where on a client's terminal a mouse event happened, as the last part of its key name (MouseDown1Pane). */
public enum Where {
    PANE("Pane"),
    STATUS("Status"),
    STATUS_LEFT("StatusLeft"),
    STATUS_RIGHT("StatusRight"),
    STATUS_DEFAULT("StatusDefault"),
    BORDER("Border");

    private final String keySuffix;

    Where(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    String keySuffix() {
        return keySuffix;
    }

    public boolean onStatusLine() {
        return this != PANE && this != BORDER;
    }
}

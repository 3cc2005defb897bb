package dev.mux.server.snapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The line a restored pane shows below its old screen and scrollback: when and why the old pane
 * ended. A final snapshot says why (the server stopped on a signal, the machine shut down); a
 * snapshot from another boot means the machine restarted; otherwise the server ended without
 * warning (killed, crashed, out of memory) some time after the snapshot was taken.
 */
public final class EndNotice {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private EndNotice() {}

    public static String of(ServerImage image) {
        String bootIdNow = BootId.current();
        String when = TIME.format(Instant.ofEpochMilli(image.takenMillis()));
        if (image.endReason() != null) return "[mux: ended " + when + ": " + image.endReason() + "]";
        boolean rebooted = !image.bootId().isEmpty() && !bootIdNow.isEmpty() && !image.bootId().equals(bootIdNow);
        if (rebooted) return "[mux: ended after " + when + ": the machine restarted]";
        return "[mux: ended after " + when + ": server killed, crashed or out of memory]";
    }
}

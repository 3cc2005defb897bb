package dev.mux.server.stop;

import java.util.Locale;

/** How reports write a duration: seconds with two decimals, "0.02 s". */
final class Durations {
    private Durations() {}

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}

package dev.mux.server.input;

/**
 * assume-paste-time, as tmux 3.3a's server_client_assume_paste guesses a paste: a key that comes
 * sooner than the option's time after the key before it starts a burst, and every further key of
 * the burst counts as pasted (so that a prefix key and the key after it, sent together, still work).
 */
final class PasteGuess {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** When the last key came; a long time ago before the first. */
    private long lastNanos;
    private boolean seenOne;
    private boolean bursting;

    /** A key came at {@code nowNanos}: whether it counts as pasted, keys {@code thresholdMillis} apart or closer being a burst. */
    boolean pasted(long nowNanos, long thresholdMillis) {
        long gap = nowNanos - lastNanos;
        boolean close = seenOne && gap < thresholdMillis * NANOS_PER_MILLI;
        lastNanos = nowNanos;
        seenOne = true;
        if (thresholdMillis == 0) return false;
        if (!close) {
            bursting = false;
            return false;
        }
        if (bursting) return true;
        bursting = true;
        return false;
    }
}

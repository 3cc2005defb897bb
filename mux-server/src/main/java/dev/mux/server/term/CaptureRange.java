package dev.mux.server.term;

/**
 * The lines {@code capture-pane} prints, numbered as tmux numbers them: 0 is the first visible row,
 * negative numbers are history (-1 the newest history line). Internally both bounds are absolute
 * indexes from the oldest history line, inclusive.
 */
public record CaptureRange(int top, int bottom) {
    /** Written for {@code -S} or {@code -E} to mean the oldest history line or the last row. */
    public static final String EDGE = "-";

    /**
     * Resolves {@code -S start} and {@code -E end} (either may be null) as tmux 3.3a does: a missing
     * or unreadable number means the first and last visible rows, numbers beyond either end are
     * clamped, and a reversed range is swapped.
     */
    public static CaptureRange resolve(String start, String end, int historySize, int rows) {
        int last = historySize + rows - 1;
        int top = EDGE.equals(start) ? 0 : bound(start, historySize, historySize, last);
        int bottom = EDGE.equals(end) ? last : bound(end, last, historySize, last);
        return top <= bottom ? new CaptureRange(top, bottom) : new CaptureRange(bottom, top);
    }

    private static int bound(String text, int fallback, int historySize, int last) {
        Integer number = parse(text);
        if (number == null) {
            return fallback;
        }
        if (number < 0 && -(long) number > historySize) {
            return 0;
        }
        return (int) Math.min((long) historySize + number, last);
    }

    /** A number tmux accepts here: from {@link Integer#MIN_VALUE} to 32767, else null. */
    private static Integer parse(String text) {
        if (text == null || !text.strip().matches("[+-]?[0-9]{1,11}")) {
            return null;
        }
        long value = Long.parseLong(text.strip());
        return value < Integer.MIN_VALUE || value > Short.MAX_VALUE ? null : (int) value;
    }
}

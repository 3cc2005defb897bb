package dev.mux.server.term;

/**
 * The numeric parameters of a CSI or DCS sequence. Parameters are separated by ';'; a parameter
 * may carry sub-parameters separated by ':' (as in {@code 38:2::255:0:0} or {@code 4:3}), so each
 * parameter is a group of one or more values. Empty values read as 0, but {@link #number} tells an
 * empty parameter from an explicit 0, as tmux does.
 *
 * <p>Bounded by construction: at most {@link #MAX_VALUES} values in all, each saturating at
 * {@link #MAX_VALUE}. The parser reuses one instance; performers must not keep it.
 */
public final class Params {
    public static final int MAX_VALUES = 32;
    public static final int MAX_VALUE = 65535;
    /** The value of {@link #number} for a parameter that cannot be used: it has sub-parameters. */
    public static final int UNUSABLE = -1;

    private final int[] values = new int[MAX_VALUES];
    private final int[] groupStarts = new int[MAX_VALUES];
    /** Whether each parameter had at least one digit; an empty one takes the default value. */
    private final boolean[] present = new boolean[MAX_VALUES];
    private int valueCount;
    private int groupCount;

    /** Number of ';'-separated parameters. */
    public int size() {
        return groupCount;
    }

    /** The first value of parameter {@code index}, or 0 if there is no such parameter. */
    public int get(int index) {
        return index < groupCount ? values[groupStarts[index]] : 0;
    }

    /**
     * Parameter {@code index} read as tmux reads a numeric parameter: {@code fallback} if it is
     * missing or empty, {@link #UNUSABLE} if it has sub-parameters, else its value but at least
     * {@code minimum} (so an explicit 0 where the minimum is 1 reads as 1).
     */
    public int number(int index, int minimum, int fallback) {
        if (index >= groupCount || !present[index] && groupSize(index) == 1) {
            return fallback;
        }
        if (groupSize(index) > 1) {
            return UNUSABLE;
        }
        return Math.max(minimum, values[groupStarts[index]]);
    }

    /** Number of values in parameter {@code index}: 1 plus its sub-parameters. */
    public int groupSize(int index) {
        if (index >= groupCount) {
            return 0;
        }
        int end = index + 1 < groupCount ? groupStarts[index + 1] : valueCount;
        return end - groupStarts[index];
    }

    /** Value {@code position} of parameter {@code index} (position 0 is the parameter itself). */
    public int get(int index, int position) {
        return position < groupSize(index) ? values[groupStarts[index] + position] : 0;
    }

    void clear() {
        valueCount = 0;
        groupCount = 0;
    }

    boolean isFull() {
        return valueCount == MAX_VALUES;
    }

    /** Starts a new ';'-separated parameter whose value is 0 until digits arrive. */
    void startGroup() {
        present[groupCount] = false;
        groupStarts[groupCount++] = valueCount;
        values[valueCount++] = 0;
    }

    /** Starts a new ':'-separated sub-parameter of the current parameter. */
    void startSubParameter() {
        values[valueCount++] = 0;
    }

    void appendDigit(int digit) {
        present[groupCount - 1] = true;
        int last = valueCount - 1;
        values[last] = Math.min(MAX_VALUE, values[last] * 10 + digit);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int group = 0; group < groupCount; group++) {
            if (group > 0) {
                text.append(';');
            }
            for (int position = 0; position < groupSize(group); position++) {
                if (position > 0) {
                    text.append(':');
                }
                text.append(get(group, position));
            }
        }
        return text.toString();
    }
}

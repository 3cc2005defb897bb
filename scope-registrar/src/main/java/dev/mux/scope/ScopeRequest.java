package dev.mux.scope;

import java.util.List;
import java.util.Objects;

/**
 * What to put into a new transient scope: one running process (and others that belong with it,
 * such as children it already forked), under a unit name that is unique (it carries the PID) and
 * says whose it is, with settings of the scope beyond the ones every scope of mux's gets.
 */
public record ScopeRequest(long pid, String unit, String description, List<Long> alsoPids, List<UnitProperty> settings) {
    /** systemd's limit for a unit name, suffix included. */
    static final int MAX_UNIT_NAME = 255;

    public ScopeRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (pid <= 0) throw new IllegalArgumentException("bad pid " + pid);
        if (!unit.endsWith(".scope") || !isValidUnitName(unit)) throw new IllegalArgumentException("bad scope name " + unit);
        alsoPids = alsoPids.stream().filter(p -> p != pid).distinct().toList();
        settings = List.copyOf(settings);
    }

    public ScopeRequest(long pid, String unit, String description) {
        this(pid, unit, description, List.of(), List.of());
    }

    /** Every process to move, {@link #pid} first. */
    public List<Long> pids() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(pid), alsoPids.stream()).toList();
    }

    /**
     * {@code PREFIX-LABEL-PID.scope}, with any character a unit name may not hold in LABEL replaced by
     * '_' (readable rather than systemd-escape'd), and LABEL shortened to fit the limit.
     */
    public static String unitName(String prefix, String label, long pid) {
        String suffix = "-" + pid + ".scope";
        StringBuilder cleaned = new StringBuilder();
        for (char c : label.toCharArray()) cleaned.append(isUnitChar(c) ? c : '_');
        int room = MAX_UNIT_NAME - prefix.length() - 1 - suffix.length();
        String middle = cleaned.length() > room ? cleaned.substring(0, Math.max(room, 0)) : cleaned.toString();
        return middle.isEmpty() ? prefix + suffix : prefix + "-" + middle + suffix;
    }

    static boolean isValidUnitName(String name) {
        if (name.isEmpty() || name.length() > MAX_UNIT_NAME) return false;
        for (char c : name.toCharArray()) {
            if (!isUnitChar(c)) return false;
        }
        return true;
    }

    /** The characters systemd's unit_name_is_valid() accepts besides '\' escapes. */
    private static boolean isUnitChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ":-_.".indexOf(c) >= 0;
    }
}

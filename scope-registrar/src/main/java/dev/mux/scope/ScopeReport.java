package dev.mux.scope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything scope-status shows about one process: where it is now, how the move at start went,
 * logind's policy and the verdict. As lines for a human, as {@code name=value} fields for a script,
 * or through a tmux-style format ({@code #{survives}}).
 */
public record ScopeReport(long pid, String user, Optional<String> cgroup, Placement placement, LogindSettings logind,
        SurvivalVerdict verdict, Map<String, ScopeReport.Fact> extra) {
    private static final int LABEL_WIDTH = 21;
    private static final Pattern VARIABLE = Pattern.compile("#\\{([a-z_]+)}");

    /** Reads the process's cgroup now and works out the verdict from it. */
    public static ScopeReport of(long pid, String user, CgroupFile cgroups, Placement placement, LogindSettings logind) {
        Optional<String> cgroup = cgroups.pathOf(pid);
        Placement now = stillThere(placement, cgroup);
        return new ScopeReport(pid, user, cgroup, now, logind, SurvivalVerdict.of(now, logind, user), Map.of());
    }

    /**
     * The same report with one more fact of the caller's (the server's linger policy), shown as a
     * line {@code label: value} after the others and as field {@code name}.
     */
    public ScopeReport with(String name, String label, String value) {
        Map<String, Fact> more = new LinkedHashMap<>(extra);
        more.put(name, new Fact(label, value));
        return new ScopeReport(pid, user, cgroup, placement, logind, verdict, more);
    }

    /** A process moved at start may have been moved again since; the verdict follows where it is now. */
    private static Placement stillThere(Placement placement, Optional<String> cgroup) {
        if (!placement.moved() || cgroup.isEmpty() || CgroupFile.unitOf(cgroup.get()).equals(placement.unit())) return placement;
        return new Placement(Placement.Outcome.NOT_MOVED, placement.unit(), cgroup.get(), "moved out of it since, into " + cgroup.get());
    }

    public String unit() {
        return cgroup.map(CgroupFile::unitOf).orElse("");
    }

    /** Field names and values, in the order they are shown; the names are what -F formats use. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pid", Long.toString(pid));
        fields.put("user", user);
        fields.put("unit", unit());
        fields.put("cgroup", cgroup.orElse(""));
        fields.put("own_scope", placement.moved() ? "yes" : "no");
        fields.put("placement", placement.outcome().name().toLowerCase(java.util.Locale.ROOT));
        fields.put("placement_detail", placement.detail());
        fields.put("logind", logind.reachable() ? "yes" : "no");
        fields.put("linger", known(logind.linger()));
        fields.put("kill_user_processes", known(logind.killUserProcesses()));
        fields.put("kill_only_users", logind.reachable() ? String.join(" ", logind.killOnlyUsers()) : "");
        fields.put("kill_exclude_users", logind.reachable() ? String.join(" ", logind.killExcludeUsers()) : "");
        fields.put("survives", verdict.word());
        fields.put("because", verdict.because());
        fields.put("fix", verdict.fix() == null ? "" : verdict.fix());
        extra.forEach((name, fact) -> fields.put(name, fact.value()));
        return fields;
    }

    private String known(boolean value) {
        return logind.reachable() ? (value ? "yes" : "no") : "unknown";
    }

    /** For a human: one aligned line per fact, the verdict last. */
    public List<String> lines() {
        Map<String, String> f = fields();
        String logindNote = logind.reachable() ? "" : " (" + logind.detail() + ")";
        List<String> lines = new java.util.ArrayList<>(List.of(
                "pid:                 " + f.get("pid") + " (user " + user + ")",
                "unit:                " + orNone(f.get("unit")),
                "cgroup:              " + orNone(f.get("cgroup")),
                "own scope:           " + f.get("own_scope") + (placement.moved() ? "" : " (" + placement.detail() + ")"),
                "linger:              " + f.get("linger") + logindNote,
                "KillUserProcesses:   " + f.get("kill_user_processes"),
                "KillOnlyUsers:       " + orNone(f.get("kill_only_users")),
                "KillExcludeUsers:    " + orNone(f.get("kill_exclude_users"))));
        extra.values().forEach(fact -> {
            String label = fact.label() + ":";
            lines.add(label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length())) + fact.value());
        });
        lines.add(verdict.sentence());
        return lines;
    }

    /** {@code name=value} lines, for a script. */
    public List<String> assignments() {
        return fields().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Replaces each {@code #{name}} by the field's value; unknown names by nothing, as tmux does. */
    public String format(String template) {
        Map<String, String> f = fields();
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) matcher.appendReplacement(out, Matcher.quoteReplacement(f.getOrDefault(matcher.group(1), "")));
        matcher.appendTail(out);
        return out.toString();
    }

    /** A fact the caller adds: its label for the human lines, its value for both. */
    public record Fact(String label, String value) {}

    private static String orNone(String value) {
        return value.isEmpty() ? "-" : value;
    }
}

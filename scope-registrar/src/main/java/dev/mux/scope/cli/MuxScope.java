package dev.mux.scope.cli;

import dev.mux.platform.proc.ProcFs;
import dev.mux.scope.CgroupFile;
import dev.mux.scope.Logind;
import dev.mux.scope.Placement;
import dev.mux.scope.ScopeRegistrar;
import dev.mux.scope.ScopeReport;
import dev.mux.scope.ScopeRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mux-scope}: moves a running process into a new transient scope of the user's systemd
 * manager, shows where a process is and whether it survives logout, or enables linger. Running a
 * command in a new scope is bin/mux-scope's part: it moves its own shell with --pid, then execs.
 */
public final class MuxScope {
    static final int MOVED = 0;
    static final int NOT_MOVED = 1;
    static final int USAGE = 2;
    static final String USAGE_TEXT = String.join("\n",
            "usage: mux-scope [-u unit] [-d description] -p pid",
            "       mux-scope [-u unit] [-d description] [--] command [argument...]",
            "       mux-scope -s pid",
            "       mux-scope -L");

    private MuxScope() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("mux-scope: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (options.help()) {
            out.println(USAGE_TEXT);
            return 0;
        }
        if (options.enableLinger()) return enableLinger(env, err);
        if (options.statusPid() > 0) return status(options.statusPid(), env, out);
        return move(options, env, out, err);
    }

    private static int move(Options options, Map<String, String> env, PrintStream out, PrintStream err) {
        long pid = options.pid();
        String unit = options.unit() != null ? options.unit() : ScopeRequest.unitName("mux-scope", commandName(pid), pid);
        String description = options.description() != null ? options.description() : "mux-scope: " + commandName(pid) + " (pid " + pid + ")";
        ScopeRequest request;
        try {
            request = new ScopeRequest(pid, unit, description);
        } catch (IllegalArgumentException e) {
            err.println("mux-scope: " + e.getMessage());
            return USAGE;
        }
        Placement placement = new ScopeRegistrar(env, CgroupFile.proc(), ScopeRegistrar.DEFAULT_LIMIT).move(request);
        if (!placement.moved()) {
            err.println("mux-scope: pid " + pid + " " + placement.describe());
            return NOT_MOVED;
        }
        if (!options.quiet()) out.println("pid " + pid + " " + placement.describe());
        return MOVED;
    }

    private static int status(long pid, Map<String, String> env, PrintStream out) {
        Optional<String> cgroup = CgroupFile.proc().pathOf(pid);
        String unit = cgroup.map(CgroupFile::unitOf).orElse("");
        // Not moved by this run: whether it has a scope of its own is read from where it is.
        Placement placement = unit.endsWith(".scope") && cgroup.get().contains(".service/")
                ? new Placement(Placement.Outcome.MOVED, unit, cgroup.get(), "")
                : new Placement(Placement.Outcome.NOT_MOVED, unit, cgroup.orElse(null), "not in a scope under the user manager");
        long uid = uidOf(pid);
        ScopeReport report = ScopeReport.of(pid, System.getProperty("user.name"), CgroupFile.proc(), placement,
                new Logind(env, Logind.DEFAULT_LIMIT).read(uid));
        report.lines().forEach(out::println);
        return 0;
    }

    private static int enableLinger(Map<String, String> env, PrintStream err) {
        Optional<String> refusal = new Logind(env, Logind.DEFAULT_LIMIT).enableLinger(uidOf(ProcessHandle.current().pid()));
        refusal.ifPresent(why -> err.println("mux-scope: enable linger failed: " + why));
        return refusal.isPresent() ? NOT_MOVED : 0;
    }

    private static String commandName(long pid) {
        return new ProcFs().name(pid).orElse("process");
    }

    private static long uidOf(long pid) {
        try {
            return new ProcFs().uid(pid);
        } catch (IOException e) {
            throw new IllegalStateException("no process " + pid, e);
        }
    }
}

package dev.mux.scope;

import dev.mux.platform.proc.ProcFs;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads which cgroup a process is in from {@code /proc/PID/cgroup}: the unified ({@code 0::}) line,
 * else the {@code name=systemd} line of a hybrid hierarchy. The unit is the path's last component.
 */
public final class CgroupFile {
    private final ProcFs procFs;

    public CgroupFile(Path procRoot) {
        this.procFs = new ProcFs(procRoot);
    }

    public static CgroupFile proc() {
        return new CgroupFile(Path.of("/proc"));
    }

    /** The systemd cgroup path of {@code pid}, e.g. {@code /user.slice/user-1000.slice/session-3.scope}. */
    public Optional<String> pathOf(long pid) {
        return procFs.cgroups(pid).flatMap(CgroupFile::parse);
    }

    static Optional<String> parse(String content) {
        String named = null;
        for (String line : content.split("\n")) {
            if (line.startsWith("0::")) return Optional.of(line.substring(3));
            int colon = line.indexOf(':');
            if (colon >= 0 && line.startsWith("name=systemd:", colon + 1)) named = line.substring(colon + 1 + "name=systemd:".length());
        }
        return Optional.ofNullable(named);
    }

    /** The last component of a cgroup path: the unit that holds the process. */
    public static String unitOf(String cgroupPath) {
        return cgroupPath.substring(cgroupPath.lastIndexOf('/') + 1);
    }
}

package dev.mux.server.stop;

import dev.mux.server.model.Pane;

/**
 * How to tell a pane's processes in {@code /proc}: every process of its shell's session, and every
 * process that started with the pane's mux variables, which finds jobs that left the session with
 * {@code setsid} or by daemonizing (nothing short of a cgroup would hold them otherwise).
 *
 * @param sessionId    the pane's shell pid, which is its session id
 * @param serverPrefix the start of this server's {@code MUX} value, {@code socket,pid,}
 * @param paneName     the pane's {@code MUX_PANE} value, {@code %N}
 */
public record PaneIdentity(long sessionId, String serverPrefix, String paneName) {
    public static PaneIdentity of(Pane pane, String serverPrefix) {
        return new PaneIdentity(pane.pid(), serverPrefix, "%" + pane.id());
    }

    public boolean includes(ProcInfo process) {
        if (process.pid() == ProcessHandle.current().pid()) return false;
        if (sessionId > 0 && process.session() == sessionId) return true;
        return paneName.equals(process.muxPane()) && process.muxServer() != null
                && process.muxServer().startsWith(serverPrefix);
    }
}

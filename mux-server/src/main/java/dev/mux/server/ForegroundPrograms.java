package dev.mux.server;

import dev.mux.platform.proc.ProcFs;
import dev.mux.platform.proc.ProcStat;
import dev.mux.server.format.FormatServer;
import dev.mux.server.model.Pane;
import java.util.Optional;

/**
 * What runs in a pane's foreground: the leader of the terminal's foreground process group, which
 * the kernel records on the pane's shell as tpgid. Names windows automatically and answers
 * #{pane_current_command} and #{pane_current_path}.
 */
final class ForegroundPrograms {
    private final ProcFs procFs = new ProcFs();

    FormatServer.Foreground of(Pane pane) {
        return ofShell(pane.pid());
    }

    /**
     * What runs in the foreground of the pane whose first process is {@code shellPid}: its name
     * and working directory, or empty ones. Safe on any thread: only /proc is read.
     */
    FormatServer.Foreground ofShell(long shellPid) {
        long pid = foregroundPid(shellPid);
        if (pid <= 0) return new FormatServer.Foreground("", "");
        return new FormatServer.Foreground(procFs.name(pid).orElse(""), procFs.workingDirectory(pid).orElse(""));
    }

    private long foregroundPid(long shellPid) {
        if (shellPid <= 0) return -1;
        Optional<ProcStat> shell = procFs.stat(shellPid);
        if (shell.isEmpty()) return -1;
        long group = shell.get().tpgid();
        // The group leader's pid is the group id; if the leader is gone, the shell is the best answer.
        return group > 0 && procFs.stat(group).isPresent() ? group : shellPid;
    }
}

package dev.mux.client;

import dev.mux.platform.proc.ProcFs;
import dev.mux.platform.proc.ProcStat;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops this process the way C-z stops a shell's job: SIGTSTP with its default action, so the shell
 * that started the client sees a stopped job and takes the terminal back. The attached client
 * otherwise ignores SIGTSTP (see {@link AttachedTerminal#open()}), so the default is in place only
 * for this one signal. Java cannot send a signal with its default action to itself (Signal.raise
 * wants a Java handler), so a {@code kill} child sends it; SIGCONT, from the shell's {@code fg},
 * says when the process runs again.
 */
final class SelfStop {
    private static final Signal TSTP = new Signal("TSTP");
    private static final Signal CONT = new Signal("CONT");

    private SelfStop() {}

    /**
     * Returns once the process was stopped and continued; at once, without stopping, when no
     * job-control shell could continue it (the kernel would discard SIGTSTP in an orphaned group).
     */
    static void untilContinued() throws IOException {
        if (!hasJobControlParent()) return;
        CountDownLatch continued = new CountDownLatch(1);
        SignalHandler previousCont = Signal.handle(CONT, signal -> continued.countDown());
        SignalHandler previousTstp = Signal.handle(TSTP, SignalHandler.SIG_DFL);
        try {
            Process kill = new ProcessBuilder("kill", "-TSTP", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor() == 0) continued.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signal.handle(TSTP, previousTstp);
            Signal.handle(CONT, previousCont);
        }
    }

    /**
     * A job-control shell put this process in a group of its own and is itself in another group of
     * the same session: then the group is not orphaned and the shell can continue it.
     */
    private static boolean hasJobControlParent() throws IOException {
        ProcFs procFs = new ProcFs();
        ProcStat self = stat(procFs, ProcessHandle.current().pid());
        ProcStat parent = stat(procFs, self.ppid());
        return parent.pgrp() != self.pgrp() && parent.session() == self.session();
    }

    private static ProcStat stat(ProcFs procFs, long pid) throws IOException {
        return procFs.stat(pid).orElseThrow(() -> new IOException("cannot read /proc/" + pid + "/stat"));
    }
}

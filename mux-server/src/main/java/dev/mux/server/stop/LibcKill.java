package dev.mux.server.stop;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * kill(2) for any pid or process group. The JDK can only send SIGTERM and SIGKILL
 * ({@link ProcessHandle#destroy()}), and the stop procedure needs SIGHUP, SIGCONT and the rest;
 * JNA comes with pty4j.
 */
final class LibcKill {
    private interface CLibrary extends Library {
        int kill(int pid, int signal);
    }

    private static final CLibrary LIBC = Native.load("c", CLibrary.class);

    private LibcKill() {}

    /** Sends {@code signal} to one process; false if it is gone (or not ours to signal). */
    static boolean process(long pid, UnixSignal signal) {
        return pid > 0 && LIBC.kill((int) pid, signal.number()) == 0;
    }

    /** Sends {@code signal} to every process of the group {@code pgrp}. */
    static boolean group(long pgrp, UnixSignal signal) {
        return pgrp > 0 && LIBC.kill((int) -pgrp, signal.number()) == 0;
    }
}

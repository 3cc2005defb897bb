package dev.mux.platform.libc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.util.OptionalInt;

/**
 * The C library calls the JDK has no counterpart for, made through JNA: signals to any process or
 * group, terminal modes, pidfds, collecting children the JDK did not start, and descriptors the
 * server opens and duplicates itself. The only class that binds libc: failures come out as
 * {@link ErrnoException}, so no caller needs JNA's types. The server only: the client must not load
 * JNA (bin/mux starts it for every command).
 */
public final class Libc {
    /** errno: no such process. */
    public static final int ESRCH = 3;
    /** errno: a system call was interrupted by a signal. */
    public static final int EINTR = 4;
    /** errno: no such child (to wait for). */
    public static final int ECHILD = 10;
    /** open(2) flags, as Linux numbers them. */
    public static final int O_RDWR = 02;
    public static final int O_NOCTTY = 0400;
    public static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;
    /** tcsetattr(3): change the modes now. */
    public static final int TCSANOW = 0;

    private interface C extends Library {
        /** fcntl's F_DUPFD_CLOEXEC on Linux. */
        int F_DUPFD_CLOEXEC = 1030;
        /** pidfd_open's number on every architecture: system calls added since 5.1 share one table. */
        long SYS_PIDFD_OPEN = 434;

        /** waitpid's option: return at once if the child has not ended. */
        int WNOHANG = 1;

        int kill(int pid, int signal);

        int waitpid(int pid, int[] status, int options) throws LastErrorException;

        int tcgetattr(int fd, byte[] termios) throws LastErrorException;

        int tcsetattr(int fd, int when, byte[] termios) throws LastErrorException;

        long syscall(long number, Object... arguments) throws LastErrorException;

        int fcntl(int fd, int command, int argument) throws LastErrorException;

        int open(String path, int flags) throws LastErrorException;

        int close(int fd);

        /** {@code act} null: only reads the disposition into {@code old} (a struct sigaction, its handler first). */
        int sigaction(int signal, Pointer act, byte[] old);

        /** {@code handler} null is SIG_DFL. */
        Pointer signal(int signal, Pointer handler);

        /** madvise's advice: the range's pages leave this process; the next touch maps them in again. */
        int MADV_DONTNEED = 4;

        int madvise(long address, long length, int advice) throws LastErrorException;

        /** sysconf's name for the page size on Linux. */
        int SC_PAGESIZE = 30;

        long sysconf(int name);
    }

    /** A struct sigaction is 152 bytes on Linux x86-64 and arm64; more is harmless. */
    private static final int SIGACTION_BYTES = 256;

    /**
     * By its versioned file name (libc.so.6 on glibc): asked for "c", JNA finds only the linker
     * script libc.so and then runs {@code ldconfig -p} to search for the real one, a process start
     * (~20 ms) on the path to the server's first pane.
     */
    private static final C LIBC = Native.load(Platform.C_LIBRARY_NAME, C.class);

    private Libc() {}

    /**
     * Sets {@code signal} back to its default action if it is ignored, and says whether it was. An
     * ignored signal stays ignored across exec: a server started under nohup would hand that on to
     * every pane, whose programs a hangup could then not end.
     */
    public static boolean unignore(int signal) {
        byte[] old = new byte[SIGACTION_BYTES];
        if (LIBC.sigaction(signal, null, old) != 0) return false;
        long handler = java.nio.ByteBuffer.wrap(old, 0, Long.BYTES).order(java.nio.ByteOrder.nativeOrder()).getLong();
        if (handler != 1) return false; // SIG_IGN
        LIBC.signal(signal, null);
        return true;
    }

    /** kill(2) to one process; false if it is gone (or not ours to signal). */
    public static boolean signalProcess(long pid, int signal) {
        return pid > 0 && LIBC.kill((int) pid, signal) == 0;
    }

    /** kill(2) to every process of the group {@code pgrp}; false if none took it. */
    public static boolean signalGroup(long pgrp, int signal) {
        return pgrp > 0 && LIBC.kill((int) -pgrp, signal) == 0;
    }

    /** tcgetattr(3) into {@code termios}, which must be at least as long as the C struct. */
    public static void getTerminalModes(int fd, byte[] termios) throws ErrnoException {
        try {
            LIBC.tcgetattr(fd, termios);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** tcsetattr(3) from {@code termios}, as {@link #getTerminalModes} filled it. */
    public static void setTerminalModes(int fd, int when, byte[] termios) throws ErrnoException {
        try {
            LIBC.tcsetattr(fd, when, termios);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** pidfd_open(2) (Linux 5.3): a descriptor, close-on-exec, that is readable once {@code pid} has ended. */
    public static int openPidfd(long pid) throws ErrnoException {
        try {
            return (int) LIBC.syscall(C.SYS_PIDFD_OPEN, (int) pid, 0);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /**
     * waitpid(2) for the child {@code pid}, which collects it: its wait status (as the C macros
     * read it), or empty if it has not ended and {@code block} is false.
     */
    public static OptionalInt waitForChild(long pid, boolean block) throws ErrnoException {
        int[] status = new int[1];
        while (true) {
            try {
                int collected = LIBC.waitpid((int) pid, status, block ? 0 : C.WNOHANG);
                return collected == 0 ? OptionalInt.empty() : OptionalInt.of(status[0]);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != EINTR) throw failure(e);
            }
        }
    }

    /** A duplicate of {@code fd}, close-on-exec (fcntl F_DUPFD_CLOEXEC). */
    public static int duplicate(int fd) throws ErrnoException {
        try {
            return LIBC.fcntl(fd, C.F_DUPFD_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** open(2) of {@code path} with {@code flags} (the O_ constants above). */
    public static int open(String path, int flags) throws ErrnoException {
        try {
            return LIBC.open(path, flags);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** close(2); a failure leaves nothing to undo, so it is not reported. */
    public static void close(int fd) {
        LIBC.close(fd);
    }

    /**
     * madvise(2) MADV_DONTNEED over {@code length} bytes at {@code address} (page-aligned): the
     * pages leave this process's resident set. Only for pages whose content the next touch reads
     * again from their file: a private page the process wrote would come back as the file has it.
     */
    public static void dropPages(long address, long length) throws ErrnoException {
        try {
            LIBC.madvise(address, length, C.MADV_DONTNEED);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** The size of a memory page (sysconf _SC_PAGESIZE): 4096 on most machines, 16 or 64 KiB on some arm64 ones. */
    public static long pageSize() {
        return LIBC.sysconf(C.SC_PAGESIZE);
    }

    private static ErrnoException failure(LastErrorException e) {
        return new ErrnoException(e.getErrorCode(), e.getMessage(), e);
    }
}

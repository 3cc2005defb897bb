package dev.mux.platform.libc;

import java.io.IOException;

/** A libc call failed; {@link #errno()} says why, in the C library's numbers. */
public final class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int errno;

    ErrnoException(int errno, String message, Throwable cause) {
        super(message, cause);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}

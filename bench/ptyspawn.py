"""Starts a command on a new pseudo-terminal of a given size, as a terminal emulator would: the
size is set before the child runs, so the client's first size query already sees it."""
import fcntl
import os
import struct
import termios


def spawn(argv, columns, rows):
    """Returns (pid, master fd) of ARGV running as session leader on a new pty."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.close(slave)
        os.execvp(argv[0], argv)
    os.close(slave)
    return pid, master

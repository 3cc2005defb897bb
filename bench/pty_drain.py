#!/usr/bin/env python3
"""Stands in for a user's terminal around an attached client: runs COMMAND on a new pty of
COLUMNS x ROWS and reads (and discards) everything it writes, as fast as it comes, until it exits.

Usage: pty_drain.py COLUMNS ROWS COMMAND [ARG...]"""
import os
import sys

from ptyspawn import spawn


def main():
    columns, rows, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pid, master = spawn(argv, columns, rows)
    try:
        while os.read(master, 1 << 16):
            pass
    except OSError:
        pass  # EIO: the client exited and closed the pty
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()

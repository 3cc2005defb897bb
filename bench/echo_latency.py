#!/usr/bin/env python3
"""Keystroke echo latency through attached clients: runs each COMMAND (a client attaching to a
pane that echoes its input) on a pty of its own, writes one key at a time to a client's input and
times until the key comes out of its output. The clients take turns, key by key, so that whatever
else the machine does at a moment weighs on both alike. Prints "median_ms p99_ms" over KEYS keys
for each command, one line each, in the order given.

Usage: echo_latency.py [--warm-up N] KEYS COLUMNS ROWS COMMAND [ARG...] [-- COMMAND [ARG...]]...
(N keys, 50 unless told, are typed to each client and not timed first.)"""
import os
import select
import statistics
import sys
import time

from commands import split_commands
from ptyspawn import spawn

WARM_UP_KEYS = 50
KEY_TIMEOUT_SECONDS = 5
LETTERS = b"abcdefghijklmnopqrstuvwxyz"


def drain(master, quiet_seconds):
    """Reads until the client has been silent for QUIET_SECONDS."""
    while select.select([master], [], [], quiet_seconds)[0]:
        os.read(master, 1 << 16)


def time_key(master, key):
    """Seconds from writing KEY until it shows in the output."""
    start = time.perf_counter()
    os.write(master, key)
    deadline = start + KEY_TIMEOUT_SECONDS
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0 or not select.select([master], [], [], remaining)[0]:
            raise SystemExit("echo_latency: no echo of %r within %d s" % (key, KEY_TIMEOUT_SECONDS))
        if key in os.read(master, 1 << 16):
            return time.perf_counter() - start


def main():
    args = sys.argv[1:]
    warm_up = WARM_UP_KEYS
    if args[:1] == ["--warm-up"]:
        warm_up, args = int(args[1]), args[2:]
    keys, columns, rows = int(args[0]), int(args[1]), int(args[2])
    clients = [spawn(argv, columns, rows) for argv in split_commands(args[3:], "echo_latency")]
    for _, master in clients:
        drain(master, 1.0)  # the first frame, and the window name settling on the pane's program
    samples = [[] for _ in clients]
    for index in range(warm_up + keys):
        key = LETTERS[index % len(LETTERS):][:1]
        for client, (_, master) in enumerate(clients):
            # Keys go one by one like typing: each waits until the previous echo and its redraw are out.
            seconds = time_key(master, key)
            drain(master, 0.002)
            if index >= warm_up:
                samples[client].append(seconds * 1000)
    for pid, master in clients:
        os.close(master)  # the client sees its terminal hang up and detaches
        os.waitpid(pid, 0)
    for times in samples:
        times.sort()
        print("%.3f %.3f" % (statistics.median(times), times[int(len(times) * 0.99) - 1]))


if __name__ == "__main__":
    main()

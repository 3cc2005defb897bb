#!/usr/bin/env python3
"""Start-up times of several commands taken in turns: each round runs every COMMAND once, in order,
so that whatever else the machine does at a moment weighs on all of them alike (hyperfine runs one
command's runs after the other's, and a machine whose speed drifts over seconds then skews their
ratio). A command's output goes to /dev/null; one that fails stops the measurement. Prints each
command's median in milliseconds, one line each, in the order given.

Usage: in_turns.py RUNS WARM_UP COMMAND [ARG...] [-- COMMAND [ARG...]]...
(WARM_UP untimed rounds first.)"""
import statistics
import subprocess
import sys
import time

from commands import split_commands


def run_once(command):
    """Seconds COMMAND took from its start to its exit."""
    start = time.perf_counter()
    status = subprocess.call(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit("in_turns: %s exited with %d" % (" ".join(command), status))
    return elapsed


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    runs, warm_up, to_time = int(sys.argv[1]), int(sys.argv[2]), split_commands(sys.argv[3:], "in_turns")
    samples = [[] for _ in to_time]
    for round_number in range(warm_up + runs):
        for index, command in enumerate(to_time):
            seconds = run_once(command)
            if round_number >= warm_up:
                samples[index].append(seconds * 1000)
    for times in samples:
        print("%.1f" % statistics.median(times))


if __name__ == "__main__":
    main()

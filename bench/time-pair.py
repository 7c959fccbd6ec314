#!/usr/bin/env python3
"""Times a command on two inputs, alternating between them, and prints the
median seconds of each: "T1 T2". For the benchmark's linearity rows (issue
7): on a shared machine the speed drifts over seconds, and timing all runs
of the 1x input before all runs of the 2x input lets a drift pass for
non-linear work; alternating gives both inputs the same conditions.

usage: bench/time-pair.py RUNS INPUT1 INPUT2 COMMAND [ARG...]
Output goes to /dev/null; one warm-up run of each input comes first.
"""
import statistics
import subprocess
import sys
import time


def run_once(argv):
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__.strip())
    runs = int(sys.argv[1])
    inputs = sys.argv[2:4]
    command = sys.argv[4:]
    times = ([], [])
    for name in inputs:
        run_once(command + [name])
    for _ in range(runs):
        for k, name in enumerate(inputs):
            times[k].append(run_once(command + [name]))
    print(" ".join(f"{statistics.median(t):.6f}" for t in times))


if __name__ == "__main__":
    main()

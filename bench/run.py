#!/usr/bin/env python3
"""Run each benchmark under baton, python3 and lua5.4, several times each,
and print the median wall-clock times and the ratios.

    bench/run.py [--baton build/release/baton] [--python PATH] [--runs 5] [name ...]

Each benchmark is bench/NAME.py with a Lua twin bench/NAME.lua; all print a
checksum, and the checksums of baton and python3 must agree. python3 is timed
through its real executable (sys.executable), not a launcher shim.

The thread benchmarks (bench/threads_*.py) time themselves and print their
numbers: bench/threads.py runs them (it shares this file's helpers)."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_BATON = os.path.join(ROOT, "build", "release", "baton")


def run_command(command, timeout=120):
    """The standard output of `command`; RuntimeError if it fails."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def add_common_arguments(parser, runs):
    """The options every driver takes: the two interpreters and the runs."""
    parser.add_argument("--baton", default=DEFAULT_BATON, help="the baton binary (default: the release build)")
    parser.add_argument("--python", default=sys.executable,
                        help="the real CPython binary, not a launcher shim (default: the one running this)")
    parser.add_argument("--runs", type=int, default=runs, help=f"runs of each benchmark (default {runs})")


def time_command(command, runs):
    """Median seconds over `runs` runs, and the output of the last one."""
    times = []
    output = ""
    for _ in range(runs):
        start = time.perf_counter()
        output = run_command(command)
        times.append(time.perf_counter() - start)
    return statistics.median(times), output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, runs=5)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or sorted(
        f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py" and not f.startswith("threads")
    )
    lua = shutil.which("lua5.4")
    python = args.python

    print(f"{'benchmark':<16}{'baton s':>10}{'python3 s':>11}{'lua5.4 s':>10}{'python3/baton':>15}{'baton/lua':>11}")
    failed = False
    for name in names:
        script = os.path.join(HERE, name + ".py")
        baton_time, baton_out = time_command([args.baton, script], args.runs)
        python_time, python_out = time_command([python, script], args.runs)
        lua_time = None
        lua_script = os.path.join(HERE, name + ".lua")
        if lua and os.path.exists(lua_script):
            lua_time, lua_out = time_command([lua, lua_script], args.runs)
            if lua_out != python_out:
                print(f"  note: {name}.lua prints {lua_out.strip()!r}, python3 {python_out.strip()!r}")
        if baton_out != python_out:
            print(f"  MISMATCH: {name}: baton printed {baton_out.strip()!r}, python3 {python_out.strip()!r}")
            failed = True
        lua_cell = f"{lua_time:10.3f}" if lua_time else f"{'-':>10}"
        lua_ratio = f"{baton_time / lua_time:11.2f}" if lua_time else f"{'-':>11}"
        print(f"{name:<16}{baton_time:10.3f}{python_time:11.3f}{lua_cell}{python_time / baton_time:15.2f}{lua_ratio}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

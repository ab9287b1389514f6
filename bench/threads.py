#!/usr/bin/env python3
"""Run the thread benchmarks (bench/threads_*.py) under python3 and baton,
several times each, and print the median of every number they report, with
its ratio baton/python3.

    bench/threads.py [--baton build/release/baton] [--python PATH] [--runs 3]
                     [--all-policies] [--markdown] [name ...]

A name is the part after threads_ (pingpong, start, convoy, cpu, sleep).
Baton runs each benchmark under its default GIL policy (cpython), and the
convoy test under every policy (--gil=cpython, legacy, fifo, priority);
--all-policies runs every benchmark under every policy.

The benchmarks time themselves (wall-clock time inside the script, so
start-up does not count) and print "label = value unit" lines; every other
line they print must be the same under baton and python3. The numbers are
reported, never asserted: this machine's noise is not a test failure."""
import argparse
import os
import statistics
import sys

sys.dont_write_bytecode = True  # importing run.py must not leave bench/__pycache__ behind
from run import HERE, add_common_arguments, run_command  # noqa: E402

POLICIES = ["cpython", "legacy", "fifo", "priority"]
ORDER = ["pingpong", "start", "convoy", "cpu", "sleep"]  # the rest after these, sorted
ALL_POLICIES = {"convoy"}  # benchmarks run under every policy by default


def parse(output):
    """The "label = value unit" lines as {(label, unit): value}, in order,
    and the other lines (which must not depend on the interpreter)."""
    numbers = {}
    others = []
    for line in output.splitlines():
        label, equals, rest = line.partition(" = ")
        if equals:
            value, _, unit = rest.partition(" ")
            numbers[(label, unit)] = float(value)
        else:
            others.append(line)
    return numbers, others


def show(value):
    if value >= 100 or value == int(value):
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def load():
    """How busy the machine is: a load above the CPU count makes every
    number here noisy."""
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"


def run_benchmark(name, configs, runs):
    """Run every config `runs` times, interleaved (so that a noisy spell of
    the machine falls on all of them); return the medians per config and
    whether the other lines disagreed."""
    script = os.path.join(HERE, f"threads_{name}.py")
    samples = {label: [] for label, _ in configs}
    texts = {}
    for _ in range(runs):
        for label, command in configs:
            numbers, others = parse(run_command(command + [script]))
            samples[label].append(numbers)
            texts[label] = others
    reference = texts[configs[0][0]]
    mismatch = False
    for label, others in texts.items():
        if others != reference:
            print(f"  MISMATCH: threads_{name}: {label} printed {others!r}, python3 {reference!r}")
            mismatch = True
    medians = {}
    for label, runs_numbers in samples.items():
        keys = runs_numbers[0].keys()
        medians[label] = {key: statistics.median(numbers[key] for numbers in runs_numbers) for key in keys}
    return medians, mismatch


def table(name, configs, medians, markdown):
    """The rows of one benchmark: each number under python3, then under each
    baton policy with its ratio to python3."""
    labels = [label for label, _ in configs]
    header = [f"threads_{name}", "unit"] + labels
    rows = []
    for key, python_value in medians[labels[0]].items():
        row = [key[0], key[1], show(python_value)]
        for label in labels[1:]:
            value = medians[label].get(key)
            if value is None:
                row.append("-")
            elif python_value == 0:
                row.append(show(value))
            else:
                row.append(f"{show(value)} ({value / python_value:.2f})")
        rows.append(row)
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
    lines = []
    for row in [header] + rows:
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [cell.rjust(width) for cell, width in zip(row[2:], widths[2:])]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, runs=3)
    parser.add_argument("--all-policies", action="store_true", help="run every benchmark under every GIL policy")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    found = [f[len("threads_"):-3] for f in os.listdir(HERE) if f.startswith("threads_") and f.endswith(".py")]
    names = args.names or [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)
    if not os.path.exists(args.baton):
        print(f"no baton at {args.baton}: build it first (cmake --preset release && cmake --build --preset release)")
        return 2

    print(f"median of {args.runs} runs; in brackets baton/python3 (python3 = {args.python})")
    print(f"{load()} at the start")
    failed = False
    for name in names:
        policies = POLICIES if args.all_policies or name in ALL_POLICIES else POLICIES[:1]
        configs = [("python3", [args.python])]
        configs += [(f"baton {policy}", [args.baton, f"--gil={policy}"]) for policy in policies]
        medians, mismatch = run_benchmark(name, configs, args.runs)
        failed = failed or mismatch
        print()
        print(table(name, configs, medians, args.markdown))
    print()
    print(f"{load()} at the end")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

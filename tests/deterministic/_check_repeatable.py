# Check that the deterministic GIL policy replays a run: SCRIPT is run RUNS
# times under one seed and must print the same bytes and write the same GIL
# trace every time; then under another seed it must print something else
# (the interleaving is the seed's choice).
#
#   python3 _check_repeatable.py BATON SCRIPT --seed A --other-seed B
#           [--runs N] [--option OPTION]... [--work-dir DIR]
import argparse
import os
import re
import subprocess
import sys


def run(arguments, baton, script, seed, trace_path):
    command = [baton, "--gil=deterministic", "--seed=" + str(seed)] + arguments.option
    if trace_path is not None:
        command += ["--gil-trace", trace_path]
    # The collector's stress mode (a collection at every check point) would
    # only make these 21 runs very slow: the policy's own tests and every
    # threaded test run under it elsewhere (NAME@gil-deterministic).
    environment = {name: value for name, value in os.environ.items() if name != "BATON_GC_STRESS"}
    done = subprocess.run(command + [script], capture_output=True, timeout=120, env=environment)
    if done.returncode != 0 or done.stderr:
        sys.exit("%s exited with %d:\n%s" % (" ".join(command), done.returncode, done.stderr.decode()))
    trace = None
    if trace_path is not None:
        with open(trace_path) as file:
            # The process id is the one thing a replay cannot repeat.
            trace = re.sub(r'"pid":\d+', '"pid":0', file.read())
    return done.stdout, trace


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("baton")
    parser.add_argument("script")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--other-seed", type=int, required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--work-dir", default=".")
    arguments = parser.parse_args()
    trace_path = os.path.join(arguments.work_dir, os.path.basename(arguments.script) + ".trace.json")
    first_output, first_trace = run(arguments, arguments.baton, arguments.script, arguments.seed, trace_path)
    for number in range(2, arguments.runs + 1):
        output, trace = run(arguments, arguments.baton, arguments.script, arguments.seed, trace_path)
        if output != first_output:
            sys.exit("run %d printed %r, run 1 printed %r" % (number, output, first_output))
        if trace != first_trace:
            sys.exit("run %d wrote another GIL trace than run 1" % number)
    other_output, _ = run(arguments, arguments.baton, arguments.script, arguments.other_seed, None)
    if other_output == first_output:
        sys.exit("seed %d printed the same as seed %d: %r" % (arguments.other_seed, arguments.seed, first_output))
    print("seed %d: %d runs, one output: %s" % (arguments.seed, arguments.runs, first_output.decode().strip()[:200]))
    print("seed %d: %s" % (arguments.other_seed, other_output.decode().strip()[:200]))


main()

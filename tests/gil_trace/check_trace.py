"""check_trace.py: check a GIL trace that baton wrote (--gil-trace FILE.json
or gil.trace_start/trace_stop), the trace inside a page (FILE.html), or the
text timeline of --gil-timeline.

    check_trace.py json FILE [--threads A,B] [--blocked NAME=REASON ...]
                             [--forced A,B]
    check_trace.py page FILE.html [the same checks as json]
    check_trace.py timeline FILE [--threads A,B] [--blocked NAME=REASON ...]

A JSON trace must be in the Chrome Trace Event format (the JSON object
form): one thread_name per track, with the Python names; on each track,
slices that never overlap; at most one thread running at any instant
(equal boundaries allowed); the blocked reasons the scenario caused
(--blocked consumer=queue: a "blocked: queue" slice on the consumer's
track, with the file and line where it began); forced-switch instants on
the threads of --forced. A page must hold exactly one such trace, in its
<script type="application/json" id="trace"> element. A timeline must have
its scale line, one row per thread of equal width, the legend and the
summary table. Exits 1 with the reasons on failure. check_page.py uses its
functions too."""
import json
import re
import sys

failures = []


def fail(message):
    failures.append(message)


def parse_arguments(arguments):
    options = {"threads": [], "blocked": [], "forced": []}
    index = 0
    while index < len(arguments):
        key = arguments[index].lstrip("-")
        value = arguments[index + 1]
        if key == "blocked":
            options[key].append(tuple(value.split("=", 1)))
        else:
            options[key] = [name for name in value.split(",") if name]
        index += 2
    return options


def nanoseconds(microseconds):
    """The writer prints whole nanoseconds as microseconds with 3 decimals."""
    return round(microseconds * 1000)


def check_format(trace):
    if not isinstance(trace, dict) or not isinstance(trace.get("traceEvents"), list):
        fail("not a JSON object with a traceEvents list")
        return []
    if trace.get("displayTimeUnit") != "ms":
        fail("displayTimeUnit is not 'ms'")
    events = trace["traceEvents"]
    for event in events:
        if not isinstance(event.get("name"), str) or event.get("ph") not in ("M", "X", "i"):
            fail("bad event %r" % event)
        elif not isinstance(event.get("pid"), int) or not isinstance(event.get("tid"), int):
            fail("event without an int pid and tid: %r" % event)
        elif event["ph"] == "X" and not (event.get("ts", -1) >= 0 and event.get("dur", -1) >= 0):
            fail("complete event without ts and dur: %r" % event)
        elif event["ph"] == "i" and (event.get("s") != "t" or event.get("ts", -1) < 0):
            fail("instant event not thread-scoped: %r" % event)
    return events


def thread_names(events):
    names = {}
    for event in events:
        if event["ph"] == "M" and event["name"] == "thread_name":
            if event["tid"] in names:
                fail("two thread_name events for tid %d" % event["tid"])
            names[event["tid"]] = event["args"]["name"]
    return names


def check_slices(events, names):
    slices = {}
    for event in events:
        if event["ph"] == "X":
            if event["tid"] not in names:
                fail("slice on a track without a name: %r" % event)
            start = nanoseconds(event["ts"])
            slices.setdefault(event["tid"], []).append((start, start + nanoseconds(event["dur"]), event))
    running = []
    for tid, track in slices.items():
        track.sort(key=lambda item: item[0])
        for before, after in zip(track, track[1:]):
            if after[0] < before[1]:
                fail("slices overlap on %s: %r and %r" % (names.get(tid), before[2], after[2]))
        running += [(start, end, tid) for start, end, event in track if event["name"] == "running"]
    running.sort()
    for before, after in zip(running, running[1:]):
        if after[0] < before[1]:
            fail("two threads run at once: %s until %d, %s from %d"
                 % (names.get(before[2]), before[1], names.get(after[2]), after[0]))
    return slices


PAGE_TRACE_START = '<script type="application/json" id="trace">'


def page_trace(text):
    """The trace inside a page's text, parsed; None (with a failure) if the
    page does not hold exactly one."""
    if text.count(PAGE_TRACE_START) != 1:
        fail("the page holds %d trace elements, not 1" % text.count(PAGE_TRACE_START))
        return None
    start = text.index(PAGE_TRACE_START) + len(PAGE_TRACE_START)
    try:
        return json.loads(text[start:text.index("</script>", start)])
    except ValueError as error:
        fail("the trace inside the page is not JSON up to its '</script>': %s" % error)
        return None


def check_json(path, options):
    with open(path) as file:
        check_trace(json.load(file), options)


def check_page(path, options):
    with open(path, encoding="utf-8") as file:
        trace = page_trace(file.read())
    if trace is not None:
        check_trace(trace, options)


def check_trace(trace, options):
    events = check_format(trace)
    names = thread_names(events)
    tid_of = {name: tid for tid, name in names.items()}
    for name in options["threads"]:
        if name not in tid_of:
            fail("no track named %r (tracks: %s)" % (name, sorted(names.values())))
    slices = check_slices(events, names)
    for name, reason in options["blocked"]:
        track = [event for _, _, event in slices.get(tid_of.get(name), [])]
        blocked = [event for event in track if event["name"] == "blocked: " + reason]
        if not blocked:
            fail("%s has no 'blocked: %s' slice (it has %s)" % (name, reason, sorted({e["name"] for e in track})))
        elif not all(isinstance(e.get("args", {}).get("line"), int) and e["args"].get("file") for e in blocked):
            fail("a 'blocked: %s' slice of %s has no file and line" % (reason, name))
    for name in options["forced"]:
        instants = {e["name"] for e in events if e["ph"] == "i" and e["tid"] == tid_of.get(name)}
        for kind in ("forced switch", "drop request"):
            if kind not in instants:
                fail("no %r instant on %s's track" % (kind, name))


def check_timeline(path, options):
    with open(path) as file:
        lines = file.read().splitlines()
    scale = [line for line in lines if re.fullmatch(r"GIL timeline: each column = [0-9.e+-]+ ms, 0 to \d+ ms", line)]
    if len(scale) != 1:
        fail("no scale line")
    rows = {}
    for line in lines:
        match = re.fullmatch(r"(.*?) +\|([#. a-z]*)\|", line)
        if match:
            rows[match.group(1)] = line
    for name in options["threads"]:
        if name not in rows:
            fail("no row for %r" % name)
    if len({len(row) for row in rows.values()}) != 1:
        fail("rows of different widths")
    for name, reason in options["blocked"]:
        if name in rows and reason[0] not in rows[name].split("|")[1]:
            fail("the row of %s shows no %r" % (name, reason[0]))
    if "# running  . waiting for the GIL  (blank) not alive" not in lines or not any(
            line.startswith("blocked:  s sleep  l lock  j join") for line in lines):
        fail("no legend")
    if not any(re.fullmatch(r"thread +held \(s\) +waited +blocked +acquired", line) for line in lines):
        fail("no summary header")
    for name in options["threads"]:
        if not any(re.fullmatch(re.escape(name) + r" +[0-9.]+ +[0-9.]+ +[0-9.]+ +\d+", line) for line in lines):
            fail("no summary row for %r" % name)


def main():
    mode, path = sys.argv[1], sys.argv[2]
    options = parse_arguments(sys.argv[3:])
    if mode == "json":
        check_json(path, options)
    elif mode == "page":
        check_page(path, options)
    else:
        check_timeline(path, options)
    for message in failures:
        print("check_trace:", message)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

"""check_page.py: the test of `baton --gil-trace FILE.html`, the GIL trace
as a web page (vm/gil_trace_page.html).

    check_page.py --baton BATON --script SCRIPT --output FILE.html
                  [--threads A,B] [--blocked NAME=REASON ...] [--forced A,B]

Runs the scenario SCRIPT under baton with --gil-trace FILE.html, then checks:
  * the page is self-contained: nothing in it names the network (no http:,
    no src=, no stylesheet or script to fetch), and it holds exactly two
    script elements, the trace's JSON and the page's code (so no thread
    name closed one early);
  * the trace inside it passes check_trace.py's checks (--threads,
    --blocked, --forced as there);
  * rendered by headless Chromium (--dump-dom), it raises no JavaScript
    error and has one lane per thread of the trace, in order, named as in
    the trace, with slices in each lane, the blocked reasons of --blocked,
    and a summary row per thread;
  * Chromium's screenshot shows the lanes: each state's colour covers about
    as many pixels as the DOM's slices of that state say, and the running
    colour shows in as many bands as there are lanes with running slices.

Chromium is Debian's `chromium` (or chromium-browser, or $BATON_CHROMIUM).
Without it, it says so and exits 77, which CTest reports as skipped; with
BATON_REQUIRE_BROWSER=1 (CI sets it) that is a failure instead."""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

import check_trace
import png_pixels

SKIPPED = 77
WINDOW = (1200, 900)
# Words that would make the page reach for the network (compared in lower case).
NETWORK_WORDS = ("http:", "https:", "src=", "<link", "@import", "url(", "fetch(", "xmlhttprequest",
                 "websocket", "<iframe", "<object", "<embed")


def fail(message):
    check_trace.fail(message)


def parse_arguments(arguments):
    """--baton, --script and --output; the rest is check_trace.py's."""
    own = {}
    rest = []
    index = 0
    while index < len(arguments):
        key = arguments[index].lstrip("-")
        if key in ("baton", "script", "output"):
            own[key] = arguments[index + 1]
        else:
            rest += arguments[index:index + 2]
        index += 2
    return own, check_trace.parse_arguments(rest)


def run_baton(baton, script, output):
    if os.path.exists(output):
        os.remove(output)
    run = subprocess.run([baton, "--gil-trace", output, os.path.basename(script)], cwd=os.path.dirname(script),
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or run.stderr:
        fail("baton exited with %d, stderr:\n%s" % (run.returncode, run.stderr))
        return None
    with open(output, encoding="utf-8") as file:
        return file.read()


def check_self_contained(text):
    lower = text.lower()
    for word in NETWORK_WORDS:
        if word in lower:
            fail("the page is not self-contained: it holds %r" % word)
    if lower.count("<script") != 2 or lower.count("</script") != 2:
        fail("the page holds %d '<script' and %d '</script', not 2 of each"
             % (lower.count("<script"), lower.count("</script")))


def thread_names_in_order(trace):
    """The trace's thread names, in the order of their sort index."""
    order, names = {}, {}
    for event in trace["traceEvents"]:
        if event["ph"] == "M" and event["name"] == "thread_sort_index":
            order[event["tid"]] = event["args"]["sort_index"]
        elif event["ph"] == "M" and event["name"] == "thread_name":
            names[event["tid"]] = event["args"]["name"]
    return [names[tid] for tid in sorted(names, key=lambda tid: order.get(tid, tid))]


# ---- Chromium ----

def find_browser():
    for name in (os.environ.get("BATON_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run_browser(browser, page, *options):
    """Run headless Chromium on the page; its stdout. Each run has its own
    profile, so tests may run side by side. --no-sandbox: as root (CI
    containers) Chromium refuses to start with its sandbox. The page's
    console goes to stderr: an uncaught JavaScript error fails the test."""
    with tempfile.TemporaryDirectory(prefix="baton-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   "--force-device-scale-factor=1", "--window-size=%d,%d" % WINDOW, "--user-data-dir=" + profile,
                   "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                   *options, "file://" + os.path.abspath(page)]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        fail("chromium exited with %d:\n%s" % (run.returncode, run.stderr[-2000:]))
    for line in run.stderr.splitlines():
        if "CONSOLE" in line and "Uncaught" in line:
            fail("a JavaScript error on the page: " + line)
    return run.stdout


class RenderedPage(html.parser.HTMLParser):
    """What check_page needs from Chromium's DOM: the lanes (name, slice
    classes, colours and sizes), the summary rows, whether the message
    shows."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lanes = []        # {"name", "slices": [(state, fill, area in pixels)]}
        self.rows = []         # the summary rows' cells
        self.message = False   # the page's message (an error) is shown
        self.scripts = 0
        self.in_name = False   # inside a lane's name
        self.in_cell = False   # inside a summary cell

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        classes = (attributes.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        elif tag == "g" and "lane" in classes:
            self.lanes.append({"name": "", "slices": []})
        elif tag == "text" and "lane-name" in classes and self.lanes:
            self.in_name = True
        elif tag == "rect" and "slice" in classes and self.lanes:
            state = [name for name in classes if name != "slice"][0]
            area = float(attributes.get("width", 0)) * float(attributes.get("height", 0))
            self.lanes[-1]["slices"].append((state, attributes.get("fill"), area))
        elif tag == "tr" and "summary-row" in classes:
            self.rows.append([])
        elif tag == "td" and self.rows:
            self.rows[-1].append("")
            self.in_cell = True
        elif tag == "p" and attributes.get("id") == "message":
            self.message = "hidden" not in attributes

    def handle_endtag(self, tag):
        if tag == "text":
            self.in_name = False
        elif tag == "td":
            self.in_cell = False

    def handle_data(self, data):
        if self.in_name:
            self.lanes[-1]["name"] += data
        elif self.in_cell:
            self.rows[-1][-1] += data


def check_dom(page, names, options):
    if page.message:
        fail("the page shows its error message")
    if page.scripts != 2:
        fail("the rendered page has %d script elements, not 2" % page.scripts)
    lane_names = [lane["name"] for lane in page.lanes]
    if lane_names != names:
        fail("the lanes are %r, the trace's threads %r" % (lane_names, names))
    for lane in page.lanes:
        if not lane["slices"]:
            fail("the lane of %r has no slices" % lane["name"])
    for name, reason in options["blocked"]:
        states = {state for lane in page.lanes if lane["name"] == name for state, _, _ in lane["slices"]}
        if "blocked-" + reason not in states:
            fail("the lane of %r shows no 'blocked-%s' slice (it shows %s)" % (name, reason, sorted(states)))
    if [row[0] for row in page.rows if row] != names:
        fail("the summary rows are %r, not %r" % ([row[:1] for row in page.rows], names))
    for row in page.rows:
        if len(row) != 7 or not row[5].strip().isdigit() or not row[6].strip().isdigit():
            fail("a bad summary row: %r" % row)


# ---- The screenshot ----

def colour_of(fill):
    return tuple(int(fill[i:i + 2], 16) for i in (1, 3, 5))


def check_screenshot(path, page):
    """Each state's colour must cover at least 90% of the pixels the DOM's
    slices of that state take (the legend's swatches only add to it; both
    runs of Chromium have the same window, so the same layout)."""
    width, height, rows = png_pixels.rows(path)
    counts = Counter()
    for row in rows:
        counts.update(row)
    expected = Counter()
    for lane in page.lanes:
        for state, fill, area in lane["slices"]:
            expected[(state, fill)] += area
    for (state, fill), pixels in expected.items():
        if pixels >= 200 and counts[colour_of(fill)] < pixels * 0.9:
            fail("the screenshot shows %d pixels of %s (%s), the DOM draws about %d"
                 % (counts[colour_of(fill)], state, fill, pixels))
    running = [fill for lane in page.lanes for state, fill, _ in lane["slices"] if state == "running"]
    lanes_running = sum(1 for lane in page.lanes if any(state == "running" for state, _, _ in lane["slices"]))
    if running and bands(rows, colour_of(running[0])) < lanes_running:
        fail("the running colour shows in %d bands of the screenshot, fewer than the %d lanes that run"
             % (bands(rows, colour_of(running[0])), lanes_running))


def bands(rows, colour):
    """How many separate runs of rows hold the colour (a few pixels of it)."""
    count, inside = 0, False
    for row in rows:
        present = row.count(colour) >= 3
        if present and not inside:
            count += 1
        inside = present
    return count


# ---- Main ----

def check_with_browser(output, names, options):
    browser = find_browser()
    if browser is None:
        message = "no chromium found (install Debian's chromium, or set BATON_CHROMIUM)"
        if os.environ.get("BATON_REQUIRE_BROWSER") == "1":
            fail(message + ", and BATON_REQUIRE_BROWSER=1")
            return
        print("check_page: SKIPPED: %s; the page was not rendered (BATON_REQUIRE_BROWSER=1 makes this a failure)"
              % message)
        sys.exit(SKIPPED)
    page = RenderedPage()
    page.feed(run_browser(browser, output, "--dump-dom"))
    check_dom(page, names, options)
    screenshot = os.path.splitext(output)[0] + ".png"
    if os.path.exists(screenshot):
        os.remove(screenshot)
    run_browser(browser, output, "--screenshot=" + screenshot)
    if not os.path.exists(screenshot):
        fail("chromium wrote no screenshot")
    else:
        check_screenshot(screenshot, page)


def main():
    own, options = parse_arguments(sys.argv[1:])
    text = run_baton(own["baton"], own["script"], own["output"])
    trace = check_trace.page_trace(text) if text is not None else None
    if trace is not None:
        check_self_contained(text)
        check_trace.check_trace(trace, options)
    if not check_trace.failures:
        check_with_browser(own["output"], thread_names_in_order(trace), options)
    for message in check_trace.failures:
        print("check_page:", message)
    sys.exit(1 if check_trace.failures else 0)


if __name__ == "__main__":
    main()

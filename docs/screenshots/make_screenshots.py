"""make_screenshots.py: the pictures of the GIL timeline page in docs/gil.md
("Tracing the GIL"). Run it with python3 after a release build:

    python3 docs/screenshots/make_screenshots.py build/release/baton

It builds nothing. It runs each scenario of this folder under the given
baton with --gil-trace NAME.html (the convoy three times: --gil=cpython,
legacy and priority), opens each page in headless Chromium (Debian's
`chromium`, or the path in $BATON_CHROMIUM) and saves a screenshot of it
in docs/images/gil-timeline-NAME.png. The pages themselves go to a
temporary folder. Timings differ a little from run to run and from machine
to machine, so the pictures will too; what they show should not."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(os.path.dirname(HERE), "images")
WIDTH = 1200

# (picture name, scenario script, baton options, window height): the
# height holds the title, the legend, three lanes and the summary table,
# and stops above the page's help text.
SHOTS = [
    ("two-cpu", "two_cpu.py", [], 652),
    ("convoy-cpython", "convoy.py", ["--gil=cpython"], 652),
    ("convoy-legacy", "convoy.py", ["--gil=legacy"], 652),
    ("convoy-priority", "convoy.py", ["--gil=priority"], 652),
    ("producer-consumer", "producer_consumer.py", [], 652),
]


def find_browser():
    for name in (os.environ.get("BATON_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("make_screenshots: no chromium found (apt-get install chromium, or set BATON_CHROMIUM)")


def write_page(baton, script, options, page):
    """Run the scenario from this folder, so the page names it without a
    path."""
    subprocess.run([baton, *options, "--gil-trace", page, script], cwd=HERE, check=True,
                   stdout=subprocess.DEVNULL, timeout=60)


def screenshot(browser, page, picture, height):
    """Headless Chromium, one CSS pixel to a pixel, its own profile;
    --no-sandbox because as root it will not start otherwise."""
    with tempfile.TemporaryDirectory(prefix="baton-chromium-") as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                        "--window-size=%d,%d" % (WIDTH, height), "--virtual-time-budget=5000",
                        "--screenshot=" + picture, "file://" + page],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 make_screenshots.py BATON")
    baton = os.path.abspath(sys.argv[1])
    browser = find_browser()
    os.makedirs(IMAGES, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="baton-pages-") as pages:
        # Every scenario first, then every screenshot: Chromium, busy on
        # another core, would disturb the timings it is meant to show.
        for name, script, options, _ in SHOTS:
            write_page(baton, script, options, os.path.join(pages, name + ".html"))
        for name, _, _, height in SHOTS:
            picture = os.path.join(IMAGES, "gil-timeline-%s.png" % name)
            screenshot(browser, os.path.join(pages, name + ".html"), picture, height)
            print("%s: %d bytes" % (os.path.relpath(picture, os.path.dirname(IMAGES)), os.path.getsize(picture)))


if __name__ == "__main__":
    main()

"""_drive_repl.py: drive Baton's real REPL through a pseudo-terminal.

Usage: python3 _drive_repl.py BATON EDITOR CASE
  BATON   the baton executable
  EDITOR  the line editor the build has: readline, libedit or none
          (CMake's BATON_LINE_EDITOR); the banner must name it
  CASE    the name of one of the cases below (tests/repl/CMakeLists.txt
          registers each as its own CTest test)

Each case starts baton on a fresh pseudo-terminal, as a person at a
keyboard would: it types, waits for what should appear, and checks the exit
status. Waits never sleep for a fixed time: they read the terminal until the
expected text shows up, with a generous timeout (a loaded machine, a
sanitizer build), so a failure is a missing or wrong output, never a race.
What the terminal shows is compared after removing escape sequences and
carriage returns, so the checks do not depend on how the editor redraws.
"""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import tempfile
import termios
import time

TIMEOUT = float(os.environ.get("BATON_REPL_TEST_TIMEOUT", "60"))
ESCAPES = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")
EDITOR_NAMES = {"readline": "GNU readline", "libedit": "libedit", "none": "off"}


class Failure(Exception):
    pass


class Session:
    """One baton process on its own pseudo-terminal."""

    def __init__(self, baton, arguments=(), environment=None, directory=None):
        self.environment = dict(os.environ)
        self.environment.update({"TERM": "dumb", "INPUTRC": "/dev/null", "LC_ALL": "C.UTF-8",
                                 "BATON_NO_HISTORY": "1"})
        self.environment.pop("BATON_HISTORY", None)
        self.environment.update(environment or {})
        self.raw = b""
        self.seen = 0          # how much of the cleaned text earlier waits consumed
        self.status = None
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: its terminal wide enough for every line typed here
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
            if directory:
                os.chdir(directory)
            os.execve(baton, [baton, *arguments], self.environment)

    def text(self):
        cleaned = ESCAPES.sub(b"", self.raw).replace(b"\r", b"")
        return cleaned.decode("utf-8", errors="replace")

    def read_some(self, deadline):
        """Read what the terminal has, waiting until `deadline`; False at its end."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        ready, _, _ = select.select([self.fd], [], [], min(remaining, 0.2))
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Wait for `pattern` (a regular expression) after what earlier waits
        consumed; return its match and consume up to its end."""
        regex = re.compile(pattern, re.MULTILINE)
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.text(), self.seen)
            if found:
                self.seen = found.end()
                return found
            if time.monotonic() >= deadline or not self.read_some(deadline):
                found = regex.search(self.text(), self.seen)
                if found:
                    self.seen = found.end()
                    return found
                raise Failure("expected %r; the terminal showed after the last match:\n%s"
                              % (pattern, self.text()[self.seen:]))

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def line(self, text):
        """Type a line and press Enter."""
        self.send(text + "\r")

    def prompt(self):
        self.expect(r">>> ")

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while self.read_some(deadline):
            if time.monotonic() >= deadline:
                self.kill()
                raise Failure("baton did not exit; the terminal showed:\n" + self.text()[self.seen:])
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return os.waitstatus_to_exitcode(status)

    def kill(self):
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = None


def expect_exit(session, code):
    status = session.wait_exit()
    if status != code:
        raise Failure("exit status %s, expected %s; the terminal showed:\n%s" % (status, code, session.text()))


# ---- The cases: each takes (baton, editor) ----

def case_banner_and_echo(baton, editor):
    """The banner names the version, the GIL policy and the editor; values
    echo with repr, None does not, _ holds the last value; non-ASCII text
    can be typed; sys.ps1 is the prompt."""
    s = Session(baton, ["--gil=fifo"])
    s.expect(r"Baton \d+\.\d+\.\d+ \(Python 3\.11 subset, GIL policy: fifo\)")
    s.expect(r"Line editing: %s\." % re.escape(EDITOR_NAMES[editor]))
    s.prompt()
    s.line("1 + 1")
    s.expect(r"\n2\n>>> ")
    s.line("None")
    s.expect(r"None\n>>> ")
    s.line("'a' * 3")
    s.expect(r"\n'aaa'\n>>> ")
    s.line("_")
    s.expect(r"\n'aaa'\n>>> ")
    s.line("'h\u00e9llo' + str(len('\u00e9'))")  # typed as UTF-8: one letter, not Meta keys
    s.expect("\n'h\u00e9llo1'\n>>> ")
    s.line("import sys; sys.ps1 = 'baton> '")
    s.expect(r"\nbaton> ")
    s.send("\x04")
    expect_exit(s, 0)


def case_continuation(baton, editor):
    """The parser asks for more after a block header, inside brackets, after
    a backslash, inside a triple-quoted string; an empty line ends a block."""
    s = Session(baton)
    s.prompt()
    s.line("if True:")
    s.expect(r"\n\.\.\. ")
    s.line("    x = 5")
    s.expect(r"\n\.\.\. ")
    s.line("")
    s.prompt()
    s.line("x")
    s.expect(r"\n5\n>>> ")
    s.line("(1,")
    s.expect(r"\n\.\.\. ")
    s.line("")
    s.expect(r"\n\.\.\. ")
    s.line(" 2)")
    s.expect(r"\n\(1, 2\)\n>>> ")
    s.line("y = 40 + \\")
    s.expect(r"\n\.\.\. ")
    s.line("2")
    s.prompt()
    s.line("y")
    s.expect(r"\n42\n>>> ")
    s.line('t = """one')
    s.expect(r"\n\.\.\. ")
    s.line('two"""')
    s.prompt()
    s.line("t")
    s.expect(r"\n'one\\ntwo'\n>>> ")
    s.send("\x04")
    expect_exit(s, 0)


def case_errors(baton, editor):
    """Tracebacks and syntax errors are printed and the session goes on."""
    s = Session(baton)
    s.prompt()
    s.line("1 / 0")
    s.expect(r'Traceback \(most recent call last\):\n  File "<stdin>", line 1, in <module>\n'
             r"ZeroDivisionError: division by zero\n>>> ")
    s.line("x = )")
    s.expect(r"SyntaxError: unmatched '\)'\n>>> ")
    s.line("if True:")
    s.expect(r"\.\.\. ")
    s.line("")
    s.expect(r"IndentationError: expected an indented block after 'if' statement on line 1\n>>> ")
    s.line("undefined_name")
    s.expect(r"NameError: name 'undefined_name' is not defined\n>>> ")
    s.line("40 + 2")
    s.expect(r"\n42\n>>> ")
    s.line("exit")
    s.expect(r"Use exit\(\) or Ctrl-D \(i\.e\. EOF\) to exit\n>>> ")
    s.line("exit(3)")
    expect_exit(s, 3)


def case_ctrl_c_at_prompt(baton, editor):
    """Ctrl-C cancels the line being typed; the session goes on."""
    s = Session(baton)
    s.prompt()
    s.send("1 + 100")
    s.expect(r"1 \+ 100")
    s.send("\x03")
    s.expect(r"\nKeyboardInterrupt\n>>> ")
    s.line("6 * 7")
    s.expect(r"\n42\n>>> ")
    s.line("if True:")
    s.expect(r"\.\.\. ")
    s.send("\x03")
    s.expect(r"\nKeyboardInterrupt\n>>> ")
    s.line("7 * 6")
    s.expect(r"\n42\n>>> ")
    s.line("quit()")
    expect_exit(s, 0)


def case_ctrl_c_running(baton, editor):
    """Ctrl-C while code runs raises KeyboardInterrupt in it, shown as a
    traceback; the session survives, a busy loop and a sleep alike."""
    s = Session(baton)
    s.prompt()
    s.line("import time")
    s.prompt()
    s.line("def spin():")
    s.line("    print('spinning', flush=True)")
    s.line("    while True: pass")
    s.line("")
    s.prompt()
    s.line("spin()")
    s.expect(r"\nspinning\n")
    s.send("\x03")
    s.expect(r"Traceback \(most recent call last\):\n(.*\n)*KeyboardInterrupt\n>>> ")
    s.line("print('sleeping', flush=True); time.sleep(120)")
    s.expect(r"\nsleeping\n")
    s.send("\x03")
    s.expect(r"\nKeyboardInterrupt\n>>> ")
    s.line("'still here'")
    s.expect(r"\n'still here'\n>>> ")
    s.send("\x04")
    expect_exit(s, 0)


def case_exit_codes(baton, editor):
    """Ctrl-D leaves with 0, exit(n) and SystemExit with their code."""
    for keys, code in (("\x04", 0), ("exit()\r", 0), ("quit(2)\r", 2), ("raise SystemExit(4)\r", 4),
                       ("import sys; sys.exit('bye')\r", 1)):
        s = Session(baton)
        s.prompt()
        s.send(keys)
        expect_exit(s, code)


def case_inspect_script(baton, editor):
    """baton -i FILE runs the script, then opens the REPL in its globals
    (no banner), also after an uncaught exception."""
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "script.py"), "w") as script:
            script.write("x = 5\nprint('script ran')\nraise ValueError('at the end')\n")
        s = Session(baton, ["-i", "script.py"], directory=directory)
        s.expect(r"script ran\n")
        s.expect(r"ValueError: at the end\n>>> ")
        if "Baton" in s.text():
            raise Failure("-i FILE printed a banner:\n" + s.text())
        s.line("x * 2")
        s.expect(r"\n10\n>>> ")
        s.line("__name__")
        s.expect(r"\n'__main__'\n>>> ")
        s.send("\x04")
        expect_exit(s, 0)


def case_background_thread(baton, editor):
    """A daemon thread started at the prompt keeps printing while the REPL
    waits for a line (the GIL is released); with a line editor the line
    being typed is drawn again below each output."""
    s = Session(baton)
    s.prompt()
    s.line("import threading, time")
    s.prompt()
    s.line("ticks = lambda: [print('tick', i, flush=True) or time.sleep(0.05) for i in range(100000)]")
    s.prompt()
    s.line("threading.Thread(target=ticks, daemon=True).start()")
    s.expect(r"tick 5\n")  # printed while the REPL waits
    s.send("1 +")
    s.expect(r"1 \+")
    s.expect(r"tick \d+\n")  # a tick after the typing...
    if editor != "none":
        s.expect(r"^>>> 1 \+")  # ...and the line drawn again below it
    s.send(" 41\r")
    s.expect(r"\n42\n")
    # Ctrl-D only once the prompt is back: typed ahead while the terminal is
    # still in cooked mode (code running), the tty itself eats it as EOF.
    s.prompt()
    s.send("\x04")
    expect_exit(s, 0)


DETERMINISTIC_INPUT = """
import sys, threading
sys.setswitchinterval(0.00001)  # a handoff every 100 check points on average
def worker():
    for i in range(5000):
        pass
    print("worker ran", flush=True)
thread = threading.Thread(target=worker)
thread.start()
print("read", input("name? "), flush=True)
thread.join()
"""


def case_deterministic_input(baton, editor):
    """Under --gil=deterministic a thread reading the terminal keeps the
    GIL: the worker, ready to run, waits until the line is in (under the
    other policies it would print while input() waits)."""
    s = Session(baton, ["--gil=deterministic", "-c", DETERMINISTIC_INPUT])
    s.expect(r"name\? ")
    s.read_some(time.monotonic() + 0.5)
    if "worker ran" in s.text():
        raise Failure("the worker ran while input() waited:\n" + s.text())
    s.line("Ada")
    s.expect(r"read Ada\nworker ran\n")
    expect_exit(s, 0)


def case_history(baton, editor):
    """The history is kept in $BATON_HISTORY and recalled with Ctrl-P (the
    up arrow), in the session and in the next one; BATON_NO_HISTORY keeps
    none."""
    with tempfile.TemporaryDirectory() as directory:
        history = os.path.join(directory, "history")
        settings = {"BATON_HISTORY": history, "BATON_NO_HISTORY": ""}
        s = Session(baton, environment=settings)
        s.prompt()
        s.line("40 + 2")
        s.expect(r"\n42\n>>> ")
        s.send("\x10\r")  # Ctrl-P: the previous line again
        s.expect(r"\n42\n>>> ")
        s.send("\x04")
        expect_exit(s, 0)
        with open(history, encoding="utf-8") as saved:  # libedit writes spaces as \040
            if "40" not in saved.read():
                raise Failure("the history file does not hold the line")
        s = Session(baton, environment=settings)
        s.prompt()
        s.send("\x10\r")
        s.expect(r"\n42\n>>> ")
        s.send("\x04")
        expect_exit(s, 0)
        off = os.path.join(directory, "unused")
        s = Session(baton, environment={"BATON_HISTORY": off, "BATON_NO_HISTORY": "1"})
        s.prompt()
        s.line("1")
        s.expect(r"\n1\n>>> ")
        s.send("\x04")
        expect_exit(s, 0)
        if os.path.exists(off):
            raise Failure("BATON_NO_HISTORY=1 still wrote a history file")


def case_completion(baton, editor):
    """Tab completes keywords, names, module attributes and object
    attributes; at the start of a line it indents."""
    s = Session(baton)
    s.prompt()
    s.send("impo\t")
    s.expect(r"import ")
    s.line("math")
    s.prompt()
    s.send("math.sqr\t")
    s.expect(r"math\.sqrt\(")
    s.line("16)")
    s.expect(r"\n4\.0\n>>> ")
    s.line("a_long_variable_name = 7")
    s.prompt()
    s.send("a_long_v\t")
    s.expect(r"a_long_variable_name")
    s.line("")
    s.expect(r"\n7\n>>> ")
    s.line("text = 'abc'")
    s.prompt()
    s.send("text.upp\t")
    s.expect(r"text\.upper\(")
    s.line(")")
    s.expect(r"\n'ABC'\n>>> ")
    s.line("if True:")
    s.expect(r"\.\.\. ")
    s.send("\t")
    s.line("z = 9")
    s.expect(r"\.\.\. ")
    s.line("")
    s.prompt()
    s.line("z")
    s.expect(r"\n9\n>>> ")
    s.send("\x04")
    expect_exit(s, 0)


CASES = {name[len("case_"):]: function for name, function in globals().items() if name.startswith("case_")}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CASES or sys.argv[2] not in EDITOR_NAMES:
        sys.exit("usage: _drive_repl.py BATON readline|libedit|none CASE (one of %s)" % ", ".join(CASES))
    baton, editor, case = sys.argv[1:]
    try:
        CASES[case](os.path.abspath(baton), editor)
    except Failure as failure:
        print("FAIL %s: %s" % (case, failure))
        sys.exit(1)
    print("ok %s" % case)


if __name__ == "__main__":
    main()

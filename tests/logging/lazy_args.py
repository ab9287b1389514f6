# Arguments are formatted only when a record is emitted.
import logging
import sys

class Counted:
    calls = 0

    def __str__(self):
        Counted.calls += 1
        return "counted"

logging.basicConfig(format="%(message)s", level=logging.WARNING, stream=sys.stdout)
c = Counted()
logging.debug("not formatted: %s", c)
logging.info("not formatted: %s", c)
print(Counted.calls)
logging.warning("formatted: %s", c)
print(Counted.calls)
logging.warning("mapping: %(a)s and %(b)d", {"a": "x", "b": 2})
logging.warning("no args keeps %s literally")
logging.warning(42)

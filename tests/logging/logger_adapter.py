# LoggerAdapter adds context to every call through process().
import logging
import sys

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs

log = logging.getLogger("adapt")
log.setLevel(logging.INFO)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
adapter = Prefix(log, {"id": 7})
adapter.info("hello %s", "x")
adapter.debug("hidden")
adapter.error("problem")
print(adapter.isEnabledFor(logging.DEBUG))

# The reprs of loggers and handlers.
import logging
import sys

print(repr(logging.getLogger()))
print(repr(logging.getLogger("r.x")))
log = logging.getLogger("r")
log.setLevel("ERROR")
print(repr(logging.getLogger("r.x")))
print(repr(logging.StreamHandler(sys.stdout)))
print(repr(logging.StreamHandler(sys.stderr)))
h = logging.Handler(logging.INFO)
print(repr(h))
print(repr(logging.NullHandler()))
r = logging.makeLogRecord({"name": "n", "levelno": 20, "pathname": "p.py", "lineno": 3, "msg": "m"})
print(repr(r))

# A LogRecord's attributes; getMessage merges the arguments.
import logging

r = logging.LogRecord("name", logging.INFO, "/path/to/mod.py", 12, "x=%d y=%s", (1, "two"), None)
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno)
print(r.getMessage(), r.args, r.exc_info, r.exc_text)
print(r.processName, r.threadName)
m = logging.LogRecord("n", 10, "p", 1, "%(k)s", ({"k": "v"},), None)
print(m.getMessage(), m.args)

# Filters on loggers and handlers: Filter(name) and plain callables.
import logging
import sys

log = logging.getLogger("f")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
log.addHandler(h)
h.addFilter(lambda record: "secret" not in record.getMessage())
log.info("public")
log.info("secret stuff")
child = logging.getLogger("f.child")
other = logging.getLogger("f.childish")
h.addFilter(logging.Filter("f.child"))
child.info("from child")
other.info("from childish")
log.info("from parent")
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a"):
    print(name, f.filter(logging.makeLogRecord({"name": name})))

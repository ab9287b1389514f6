# StreamHandler.setStream switches streams and returns the old one.
import logging
import sys

h = logging.StreamHandler(sys.stderr)
old = h.setStream(sys.stdout)
print(old is sys.stderr, h.stream is sys.stdout, h.setStream(sys.stdout))
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("ss")
log.addHandler(h)
log.warning("now on stdout")
h.terminator = "|\n"
log.warning("custom terminator")

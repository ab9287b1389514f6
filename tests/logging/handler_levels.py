# A handler has its own level, checked after the logger's.
import logging
import sys

log = logging.getLogger("h")
log.setLevel(logging.DEBUG)
everything = logging.StreamHandler(sys.stdout)
everything.setFormatter(logging.Formatter("all: %(message)s"))
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("errors: %(message)s"))
log.addHandler(everything)
log.addHandler(errors_only)
log.debug("d")
log.error("e")
log.removeHandler(everything)
log.warning("w")
log.critical("c")
print(log.hasHandlers(), len(log.handlers))

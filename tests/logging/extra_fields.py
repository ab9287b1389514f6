# extra= adds attributes to the record, usable in the format.
import logging
import sys

log = logging.getLogger("extra")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(user)s did %(message)s"))
log.addHandler(h)
log.warning("login", extra={"user": "ada"})
try:
    log.warning("bad", extra={"message": "clash"})
except KeyError as e:
    print("KeyError:", e)

# exc_info=True or an exception object attaches the exception's text.
import logging
import sys

class Last(logging.Handler):
    def emit(self, record):
        print(record.levelname, record.getMessage(), record.exc_info[0].__name__)
        print(self.format(record).splitlines()[-1])

log = logging.getLogger("exc")
log.addHandler(Last())
error = ZeroDivisionError("division by zero")
log.error("with object", exc_info=error)
try:
    raise IndexError("list index out of range")
except IndexError:
    log.warning("with True", exc_info=True)

# The seed's format: %(relativeCreated)6d pads the milliseconds to six.
import logging

class Keep(logging.Handler):
    def emit(self, record):
        self.text = self.format(record)

h = Keep()
h.setFormatter(logging.Formatter("%(relativeCreated)6d %(threadName)s %(message)s"))
log = logging.getLogger("rel")
log.addHandler(h)
log.error("msg")
print(len(h.text), h.text[6:])
print(h.text[:6].strip().isdigit())

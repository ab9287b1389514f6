# The default asctime looks like "2024-01-31 12:00:00,123".
import logging

class Keep(logging.Handler):
    def emit(self, record):
        self.text = self.format(record)

h = Keep()
h.setFormatter(logging.Formatter("%(asctime)s"))
log = logging.getLogger("shape")
log.addHandler(h)
log.warning("x")
text = h.text
print(len(text), text[4], text[7], text[10], text[13], text[16], text[19])
print(text[:4].isdigit(), text[20:].isdigit())

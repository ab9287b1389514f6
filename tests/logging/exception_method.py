# logger.exception() logs at ERROR and appends the exception's traceback,
# whose last line names the exception.
import logging

class Show(logging.Handler):
    def emit(self, record):
        lines = self.format(record).splitlines()
        print(lines[0])
        print(lines[-1])
        print(record.levelname, record.exc_info[0].__name__)

logging.getLogger().addHandler(Show())
try:
    {}["missing"]
except KeyError:
    logging.exception("lookup failed")
print("after")

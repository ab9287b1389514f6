# Formatter fields: name, levelname, levelno, message, threadName,
# processName, and the thread and process numbers.
import logging
import os
import sys
import threading

class Check(logging.Handler):
    def emit(self, record):
        print(self.format(record))
        print(record.thread == threading.get_ident(), record.process == os.getpid())
        print(type(record.created).__name__, type(record.msecs).__name__, record.relativeCreated >= 0)

handler = Check()
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(levelno)d %(threadName)s %(processName)s %(message)s"))
log = logging.getLogger("fields")
log.addHandler(handler)
log.warning("hello %s", "world")

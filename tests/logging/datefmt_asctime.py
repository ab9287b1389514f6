# %(asctime)s with a datefmt (time.strftime), over a fixed created time.
import logging
import time

formatter = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H:%M:%S")
formatter.converter = time.gmtime
record = logging.makeLogRecord({"msg": "fixed", "created": 86400 * 365.25 * 30, "msecs": 250.0})
print(formatter.format(record))
default = logging.Formatter("%(asctime)s|%(message)s")
default.converter = time.gmtime
print(default.format(record))
print(default.formatTime(record, "%H:%M"))
print(default.usesTime(), logging.Formatter("%(message)s").usesTime())

# Level numbers and names.
import logging

for name in ("CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET"):
    print(name, getattr(logging, name))
for level in (50, 40, 30, 20, 10, 0, 15, "INFO", "WARN", "nope"):
    print(repr(level), logging.getLevelName(level))

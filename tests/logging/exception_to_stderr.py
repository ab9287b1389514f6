# logging.exception() on stderr: the last line is the exception itself.
import logging

try:
    int("x")
except ValueError:
    logging.exception("conversion failed")
print("program continues")

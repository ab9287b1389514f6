# log() needs an integer level; getLogger needs a string name.
import logging

try:
    logging.getLogger("t").log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)

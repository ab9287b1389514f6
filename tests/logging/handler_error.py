# A bad format argument does not stop the program: logging reports it.
import logging

logging.basicConfig(format="%(message)s")
logging.warning("needs %d", "not a number")
print("still running")

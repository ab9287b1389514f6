# basicConfig does nothing the second time, unless force=True.
import logging
import sys

logging.basicConfig(format="one: %(message)s", stream=sys.stdout)
logging.basicConfig(format="two: %(message)s", stream=sys.stdout)
logging.warning("a")
logging.basicConfig(format="three: %(message)s", stream=sys.stdout, force=True)
logging.warning("b")
print(len(logging.root.handlers))

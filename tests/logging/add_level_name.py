# addLevelName gives a new level a name used by %(levelname)s.
import logging
import sys

logging.addLevelName(25, "NOTICE")
logging.basicConfig(format="[%(levelname)s] %(message)s", level=5, stream=sys.stdout)
logging.log(25, "notice this")
logging.log(5, "level five")
print(logging.getLevelName("NOTICE"), logging.getLevelName(25))
print(sorted(logging.getLevelNamesMapping().items())[:3])

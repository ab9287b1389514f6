# logging.disable(level) silences that level and below everywhere.
import logging
import sys

logging.basicConfig(format="%(message)s", level=logging.DEBUG, stream=sys.stdout)
logging.disable(logging.INFO)
logging.info("silenced")
logging.warning("still shown")
logging.disable(logging.NOTSET)
logging.info("back")

# basicConfig with format, level and stream.
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s", level=logging.DEBUG, stream=sys.stdout)
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error %r", "x")
logging.critical("critical")
logging.log(25, "custom level")

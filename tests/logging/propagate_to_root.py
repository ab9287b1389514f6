# Records from named loggers reach the root's handler once, with their name.
import logging
import sys

logging.basicConfig(format="%(name)s %(levelname)s %(message)s", stream=sys.stdout)
logging.getLogger("a").warning("from a")
logging.getLogger("a.b.c").error("from a.b.c")
logging.getLogger("a.b").setLevel(logging.CRITICAL)
logging.getLogger("a.b.c").error("filtered by a.b")
logging.getLogger("a.b.c").critical("critical passes")

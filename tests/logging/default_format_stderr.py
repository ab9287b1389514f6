# Without arguments, basicConfig logs WARNING and up to stderr as
# LEVEL:name:message.
import logging

logging.basicConfig()
logging.info("not shown")
logging.warning("shown %d", 1)
logging.getLogger("app").error("from app")
print("stdout untouched")

# The module-level functions configure the root logger on first use.
import logging

logging.warning("first")
logging.info("below WARNING")
logging.error("second")
print(len(logging.getLogger().handlers))

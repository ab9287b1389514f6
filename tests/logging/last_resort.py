# With no handler at all, a named logger's warnings reach stderr as the
# bare message (logging.lastResort); debug and info are dropped.
import logging

log = logging.getLogger("quiet")
log.info("dropped")
log.warning("bare warning %s", "here")
log.error("bare error")
print(logging.lastResort.level, len(logging.getLogger().handlers))

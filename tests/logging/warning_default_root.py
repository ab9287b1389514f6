# The root logger's default level is WARNING.
import logging

print(logging.root.level, logging.getLogger().getEffectiveLevel())
print(logging.getLogger().isEnabledFor(logging.INFO), logging.getLogger().isEnabledFor(logging.WARNING))
print(logging.BASIC_FORMAT)

# setLevel with a number or a name; isEnabledFor and getEffectiveLevel.
import logging

log = logging.getLogger("lvl")
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO))
log.setLevel("INFO")
print(log.level, log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.DEBUG))
log.setLevel(logging.ERROR)
print(log.getEffectiveLevel())
for bad in ("LOUD", 3.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Formatter styles "{" and "$".
import logging
import sys

log = logging.getLogger("styles")
log.setLevel(logging.INFO)
for fmt, style in (("{levelname}|{name}|{message}", "{"), ("$levelname/${name}/$message $$", "$")):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.addHandler(h)
    log.info("hello %s", "there")
    log.removeHandler(h)
logging.basicConfig(style="{", format="{message}!", stream=sys.stdout, level=logging.INFO)
logging.info("brace basicConfig")

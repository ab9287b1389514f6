# An uncaught KeyboardInterrupt: python3's traceback on stderr, then the
# process ends by SIGINT, as after a real Ctrl-C (a shell shows 130).
import time
from _ctrl_c import ctrl_c

print("sleeping", flush=True)
ctrl_c(0.3).start()
time.sleep(10)
print("not reached")

# An uncaught KeyboardInterrupt in Thread.join(): the traceback ends in
# KeyboardInterrupt and the process ends by SIGINT. (The thread is a
# daemon, so that nobody waits for it at exit.)
import threading
from _ctrl_c import ctrl_c

release = threading.Event()


def worker():
    release.wait(10)


thread = threading.Thread(target=worker, daemon=True)
thread.start()
print("joining", flush=True)
ctrl_c().start()
thread.join()
print("not reached")

# Ctrl-C after the main program ended, while the interpreter waits in
# threading's shutdown for a thread that is not a daemon: the wait ends,
# the KeyboardInterrupt is reported ("Exception ignored in: <module
# 'threading' ...>", then "KeyboardInterrupt: "), and the process ends
# without waiting for the thread (exit status 0: the program itself ended
# well).
import os
import signal
import threading
import time


def worker():
    # threading's shutdown marks the main thread stopped, then joins us.
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100):
        time.sleep(0.05)
    print("the process did not end")


threading.Thread(target=worker).start()
print("main program done")

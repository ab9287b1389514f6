# A first Ctrl-C ends the main program (an uncaught KeyboardInterrupt); a
# second one while threading's shutdown waits for a thread that is not a
# daemon still ends the process, by SIGINT.
import os
import signal
import threading
import time


def worker():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    # threading's shutdown marks the main thread stopped, then joins us.
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100):
        time.sleep(0.05)
    print("the process did not end")


print("main program starts", flush=True)
threading.Thread(target=worker).start()
time.sleep(10)
print("not reached")

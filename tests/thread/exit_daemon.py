# The program ends while a _thread thread still runs: it is stopped.
import _thread
import time

started = _thread.allocate_lock()
started.acquire()


def forever():
    started.release()
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            time.sleep(0.001)


_thread.start_new_thread(forever, ())
started.acquire()
time.sleep(0.05)
print("main done")

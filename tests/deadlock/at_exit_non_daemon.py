# The main thread ends while holding a lock that a non-daemon thread waits
# for: at exit it waits for that thread, which waits for the main thread.
import threading

lock = threading.Lock()
lock.acquire()
started = threading.Event()


def worker():
    started.set()
    with lock:
        print("never printed")


threading.Thread(target=worker, name="worker").start()
started.wait()
print("main is done")

# A wait that has not ended yet already shows: while the main thread waits
# for a lock, another thread sees its blocked['lock'] time grow, and that it
# holds the GIL itself meanwhile. A thread started by _thread, which
# threading never named, is shown as "_thread-N" (N: the order it was
# created in, the main thread being 0).
import _thread
import gil
import time

lock = _thread.allocate_lock()
lock.acquire()
seen = []


def watcher():
    while gil.stats()["MainThread"]["blocked"].get("lock", 0.0) == 0.0:
        time.sleep(0.001)
    seen.append(gil.stats()["MainThread"]["blocked"]["lock"])
    seen.append(gil.holder())
    lock.release()


gil.reset_stats()
_thread.start_new_thread(watcher, ())
lock.acquire()  # blocks until the watcher has seen us blocked
print(seen[0] > 0.0)
print(seen[1])
print(gil.stats()["MainThread"]["blocked"]["lock"] >= seen[0])

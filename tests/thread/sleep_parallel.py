# time.sleep releases the GIL: ten threads sleeping 0.2 s overlap.
import _thread
import time

lock = _thread.allocate_lock()
finished = []
all_done = _thread.allocate_lock()
all_done.acquire()


def sleeper(n):
    time.sleep(0.2)
    with lock:
        finished.append(n)
        if len(finished) == 10:
            all_done.release()


start = time.monotonic()
for i in range(10):
    _thread.start_new_thread(sleeper, (i,))
all_done.acquire()
elapsed = time.monotonic() - start
print(sorted(finished))
print(elapsed < 1.5)

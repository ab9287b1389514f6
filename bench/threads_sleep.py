# Ten threads sleeping 0.2 s each: sleep releases the GIL, so they overlap
# and the whole takes about 0.2 s, not 2 s (bench/threads.py reads the
# "label = value unit" lines).
import _thread
import time

THREADS = 10
lock = _thread.allocate_lock()
all_done = _thread.allocate_lock()
all_done.acquire()
finished = []


def sleeper(n):
    time.sleep(0.2)
    with lock:
        finished.append(n)
        if len(finished) == THREADS:
            all_done.release()


start = time.perf_counter()
for n in range(THREADS):
    _thread.start_new_thread(sleeper, (n,))
all_done.acquire()
elapsed = time.perf_counter() - start
print(sum(finished))
print("ten sleeps of 0.2 s = %.3f s" % elapsed)
print("ten sleeps / one sleep = %.2f ratio" % (elapsed / 0.2))

# 200 threads append to a shared list under a lock while allocating.
import _thread

lock = _thread.allocate_lock()
shared = []
count_lock = _thread.allocate_lock()
finished = [0]
all_done = _thread.allocate_lock()
all_done.acquire()
THREADS = 200


def worker(n):
    for i in range(20):
        junk = [str(n), {"i": i}, (n, i)] * 3
        with lock:
            shared.append((n, i, len(junk)))
    with count_lock:
        finished[0] += 1
        if finished[0] == THREADS:
            all_done.release()


for n in range(THREADS):
    _thread.start_new_thread(worker, (n,))
all_done.acquire()
print(len(shared), len(set(shared)))
print(sorted(shared)[:3], sorted(shared)[-1])

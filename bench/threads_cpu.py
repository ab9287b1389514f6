# Two CPU-bound threads vs the same work in one thread: with a GIL the two
# threads take about as long as one doing all the work (no speed-up).
# Prints the checksum and the ratio threaded/sequential (about 1.0 or more;
# bench/threads.py reads the "label = value unit" lines).
import _thread
import time

N = 2000000


def count(n, out, done):
    total = 0
    while n > 0:
        total += n % 7
        n -= 1
    out.append(total)
    if done is not None:
        done.release()


start = time.perf_counter()
results = []
count(N, results, None)
count(N, results, None)
sequential = time.perf_counter() - start

start = time.perf_counter()
threaded_results = []
locks = [_thread.allocate_lock() for _ in range(2)]
for lock in locks:
    lock.acquire()
    _thread.start_new_thread(count, (N, threaded_results, lock))
for lock in locks:
    lock.acquire()
threaded = time.perf_counter() - start

print(sum(results), sum(threaded_results))
print("sequential = %.3f s" % sequential)
print("two threads = %.3f s" % threaded)
print("two threads / sequential = %.2f ratio" % (threaded / sequential))

# Thread start-up and tear-down: 1,000 threading.Thread objects, each doing
# trivial work (appending one number to a list), started and joined two
# ways: one at a time (start, join, next: the cost of one thread's whole
# life) and all at once (start them all, then join them all: many threads
# alive and queueing for the GIL together).
# Prints the total time and the time per thread (bench/threads.py reads the
# "label = value unit" lines).
import threading
import time

N = 1000
results = []


def work(n):
    results.append(n * 2)


start = time.perf_counter()
for n in range(N):
    thread = threading.Thread(target=work, args=(n,))
    thread.start()
    thread.join()
one_at_a_time = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=work, args=(n,)) for n in range(N)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
all_at_once = time.perf_counter() - start

print("start: %d threads twice, checksum %d" % (N, sum(results)))
print("one at a time: total = %.3f s" % one_at_a_time)
print("one at a time: per thread = %.1f us" % (one_at_a_time / N * 1e6))
print("all at once: total = %.3f s" % all_at_once)
print("all at once: per thread = %.1f us" % (all_at_once / N * 1e6))

# Ctrl-C is for the main thread only: it interrupts the main thread's
# loop, while the other threads, computing and sleeping, finish their work
# untouched.
import threading
import time
from _ctrl_c import ctrl_c

results = []
lock = threading.Lock()


def worker(number):
    total = 0
    for step in range(5):
        for i in range(2000):
            total += i % (number + 2)
        time.sleep(0.05)  # so that they are still at work when Ctrl-C comes
    with lock:
        results.append((number, total))


workers = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for thread in workers:
    thread.start()
timer = ctrl_c()
spins = 0
try:
    timer.start()
    while True:
        spins += 1
except KeyboardInterrupt:
    print("main thread: KeyboardInterrupt")
timer.join()
for thread in workers:
    thread.join()
print(sorted(results))
